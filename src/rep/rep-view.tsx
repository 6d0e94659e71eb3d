// Import many members' exports (files or a folder, dropped or chosen), verify them in workers with a
// progress bar, and show the merged picture: products × sites × members, declared or not, each member's
// integrity, duplicates and rule-version notes; export the merged view as CSV or a printable report.
import { useMemo, useRef, useState } from 'preact/hooks';
import { csvCell } from '../evidence/export-csv';
import { describeKeyChange, findKeyChanges, signerLabel } from '../evidence/key-changes';
import type { MemberSummary } from '../evidence/member-summary';
import { mergedRows, reportModelFromSummaries, selectOnePerMember } from '../evidence/report-from-bundles';
import { renderReportHtml } from '../evidence/report-html';
import { categoryNameKey, type CategoryId } from '../rules/taxonomy';
import { downloadText } from '../shared/download';
import { formatTime } from '../shared/format-time';
import { t, tc } from '../shared/i18n';
import { filesFromDrop } from './collect-files';
import { startMerge } from './merge-pool';

interface Failure {
  name: string;
  error: string;
}

export function RepView() {
  const [summaries, setSummaries] = useState<MemberSummary[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const stop = useRef<(() => void) | null>(null);

  const load = (files: File[]) => {
    if (files.length === 0) return;
    stop.current?.();
    const found: MemberSummary[] = [...summaries];
    const failed: Failure[] = [...failures];
    let done = 0;
    setProgress({ done, total: files.length });
    stop.current = startMerge(files, {
      onFile: (message) => {
        if (message.ok) found.push(message.summary);
        else failed.push({ name: message.name, error: message.error });
        done++;
        setProgress({ done, total: files.length });
        // Redraw the tables at most every 25 files: they are the slow part, not the workers.
        if (done % 25 === 0) {
          setSummaries([...found]);
          setFailures([...failed]);
        }
      },
      onDone: () => {
        setSummaries([...found]);
        setFailures([...failed]);
      },
    });
  };

  const { kept, duplicates } = useMemo(() => selectOnePerMember(summaries), [summaries]);
  // Over every file loaded, not only the one kept per member: an older file under another key is the flag.
  const keyChanges = useMemo(() => findKeyChanges(summaries), [summaries]);
  const rows = useMemo(() => mergedRows(kept), [kept]);
  const ruleVersions = [...new Set(kept.map((m) => m.ruleDbVersion))];

  const exportCsv = () => {
    const header = 'product,category,site,members,count,first_seen_utc,last_seen_utc,status';
    const lines = rows.map((r) => [r.product, t(categoryNameKey(r.category as CategoryId)), r.site, r.members, r.count, new Date(r.first).toISOString(), new Date(r.last).toISOString(), r.status].map(csvCell).join(','));
    downloadText('sightline-merged.csv', 'text/csv', `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
  };
  const exportReport = () => downloadText('sightline-merged-report.html', 'text/html', renderReportHtml(reportModelFromSummaries(kept, new Date())));

  return (
    <>
      <h1>{t('repTitle')}</h1>
      <p>{t('repBody')}</p>
      <div
        class="drop-zone"
        data-testid="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          if (e.dataTransfer) void filesFromDrop(e.dataTransfer).then(load);
        }}
      >
        <p>{t('repDrop')}</p>
        <label>
          {t('repChooseFiles')} <input type="file" multiple accept=".json,application/json" data-testid="rep-files" onChange={(e) => load(Array.from((e.target as HTMLInputElement).files ?? []))} />
        </label>{' '}
        <label>
          {t('repChooseFolder')} <input type="file" multiple {...{ webkitdirectory: '' }} onChange={(e) => load(Array.from((e.target as HTMLInputElement).files ?? []).filter((f) => f.name.endsWith('.json')))} />
        </label>
      </div>
      {progress && (
        <p>
          <label for="rep-progress">{t('repProgress', String(progress.done), tc('file', progress.total))}</label>{' '}
          <progress id="rep-progress" data-testid="rep-progress" max={progress.total} value={progress.done} />
        </p>
      )}
      {kept.length > 0 && (
        <>
          <p data-testid="rep-summary">{t('repSummary', tc('member', kept.length), tc('row', rows.length), tc('export', kept.filter((m) => m.integrity.status === 'broken').length))}</p>
          {ruleVersions.length > 1 && <p class="meta" data-testid="rep-rule-note">{t('repRuleVersions', ruleVersions.join(', '))}</p>}
          <p class="actions">
            <button type="button" data-testid="rep-csv" onClick={exportCsv}>{t('exportCsv')}</button>{' '}
            <button type="button" data-testid="rep-report" onClick={exportReport}>{t('exportReport')}</button>
          </p>
          <MergedTable rows={rows} />
          <IntegrityTable members={kept} />
        </>
      )}
      {keyChanges.length > 0 && (
        <ul class="error" data-testid="rep-key-changes">
          {keyChanges.map((c) => (
            <li key={c.memberKey}>{t('repKeyChanged', describeKeyChange(c))}</li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <ul data-testid="rep-duplicates">
          {duplicates.map((d) => (
            <li key={d.exportId + d.reason}>{t('repDuplicate', d.label, d.reason)}</li>
          ))}
        </ul>
      )}
      {failures.length > 0 && (
        <ul class="error" data-testid="rep-failures">
          {failures.map((f, i) => (
            <li key={i}>{t('repFailed', f.name, f.error)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function MergedTable({ rows }: { rows: ReturnType<typeof mergedRows> }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('repMergedTitle')}>
      <table data-testid="rep-table">
        <caption>{t('repMergedTitle')}</caption>
        <thead>
          <tr>
            {['colProduct', 'colCategory', 'colSite', 'repColMembers', 'colCount', 'colFirst', 'colLast', 'repColStatus'].map((k) => (
              <th key={k} scope="col">{t(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.product}\u001f${r.site}`} data-testid="rep-row" data-product={r.product} data-site={r.site} data-members={r.members}>
              <td>{r.product}</td>
              <td>{t(categoryNameKey(r.category as CategoryId))}</td>
              <td>{r.site}</td>
              <td>{r.members}</td>
              <td>{r.count}</td>
              <td>{formatTime(r.first)}</td>
              <td>{formatTime(r.last)}</td>
              <td>{t(`repStatus_${r.status.replace('-', '_')}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IntegrityTable({ members }: { members: MemberSummary[] }) {
  return (
    <table data-testid="rep-integrity">
      <caption>{t('repIntegrityTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('repColMember')}</th>
          <th scope="col">{t('repColRecords')}</th>
          <th scope="col">{t('repColIntegrity')}</th>
          <th scope="col">{t('repColSigner')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.memberKey} data-testid="rep-member" data-integrity={m.integrity.status}>
            <td>{m.label}</td>
            <td>{m.records}</td>
            <td class={m.integrity.status === 'broken' ? 'error' : 'ok'}>{m.integrity.status === 'intact' ? t('repIntact') : t('repBroken', m.integrity.detail ?? '')}</td>
            <td data-testid="rep-signer" data-signer={signerLabel(m.signature)}>{signerLabel(m.signature) === 'unsigned' ? t('repUnsigned') : signerLabel(m.signature)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
