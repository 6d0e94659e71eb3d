// Import many members' exports (files or a folder, dropped or chosen), verify them in workers with a
// progress bar, and show the merged picture: products × sites × members, declared or not. Only files that
// verify are in any figure (issue 16); the rest are listed with the reason, and one can be opened alone,
// marked unverified. The CSV and the printable report name every file by its SHA-256, say what was left
// out and why, and which Sightline and rule database merged them.
import { useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { mergedCsv } from '../evidence/merge/merged-csv';
import { provenanceOf } from '../evidence/merge/provenance';
import { describeKeyChange, findKeyChanges } from '../evidence/seal/key-changes';
import { canonicalOrder, mergedRows, reportModelFromSummaries } from '../evidence/merge/report-from-bundles';
import { DEFAULT_MIN_MEMBERS, forManagement } from '../evidence/report/report-audience';
import { renderReportHtml } from '../evidence/report/report-html';
import type { Declaration } from '../policy/declaration';
import { policyNow } from '../policy/status-now';
import { ruleCatalog } from '../rules/bundled-catalog';
import { RULE_DB_VERSION } from '../rules/version';
import { downloadText } from '../shared/download';
import { t, tc } from '../shared/i18n';
import { readableExports } from '../capture/plan-with-captures';
import { filesFromDrop } from './collect-files';
import { RepCharts } from './rep-charts';
import { RepDeclaration } from './rep-declaration';
import { LeftOut } from './rep-left-out';
import { FilesTable, IntegrityTable, MergedTable } from './rep-tables';
import { useMerge } from './use-merge';
import { RepFilterBar } from './rep-filter-bar';
import { filterRows, NO_FILTER, type RepFilter } from '../dashboard/rep-filter';
import { categoryNameKey, type CategoryId } from '../core/taxonomy';
import { countReported } from '../evidence/merge/reported-counts';
import { kindPicture } from '../evidence/merge/picture-by-kind';
import { withholdRare } from '../policy/kind-picture';
import { ReportedTable } from './rep-reported';
import { RepKindPicture } from './rep-kind-picture';

export function RepView() {
  const { loaded, result, progress, load } = useMerge();
  const members = useMemo(() => canonicalOrder(result?.members ?? []), [result]);
  // Over every file that could be read, not only those that count: an older file under another key is the flag.
  const keyChanges = useMemo(() => findKeyChanges(canonicalOrder(readableExports(loaded))), [loaded]);
  const [declaration, setDeclaration] = useState<Declaration | null>(null);
  const policy = useMemo(
    () =>
      declaration ? { now: policyNow(ruleCatalog, [declaration], declaration.id), catalog: ruleCatalog } : undefined,
    [declaration],
  );
  const rows = useMemo(() => mergedRows(members, policy?.now), [members, policy]);
  // The table on screen, narrowed by the filter bar; exports and reports use every row.
  const [filter, setFilter] = useState<RepFilter>(NO_FILTER);
  const shownRows = useMemo(
    () => filterRows(rows, filter, (category) => t(categoryNameKey(category as CategoryId))),
    [rows, filter],
  );
  const files = useMemo(
    () =>
      result
        ? provenanceOf(result.plan, {
            extensionVersion: browser.runtime.getManifest().version,
            ruleDbVersion: RULE_DB_VERSION,
          })
        : null,
    [result],
  );
  const ruleVersions = [...new Set(members.map((m) => m.ruleDbVersion))].sort();
  // What members reported, and the picture per kind: never part of `rows` or any figure above.
  const reported = useMemo(() => countReported(members), [members]);
  const picture = useMemo(() => kindPicture(members, declaration, ruleCatalog), [members, declaration]);

  const exportCsv = () => files && downloadText('sightline-merged.csv', 'text/csv', mergedCsv(rows, files, reported));
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const exportReport = () =>
    files &&
    downloadText(
      'sightline-merged-report.html',
      'text/html',
      renderReportHtml({
        ...reportModelFromSummaries(members, new Date(), files, policy, ruleCatalog),
        kindPicture: picture,
        timeZone,
      }),
    );
  const [minMembers, setMinMembers] = useState(DEFAULT_MIN_MEMBERS);
  const exportManagementReport = () => {
    if (!files) return;
    const management = forManagement(
      reportModelFromSummaries(members, new Date(), files, policy, ruleCatalog),
      minMembers,
    );
    downloadText(
      'sightline-report-for-management.html',
      'text/html',
      renderReportHtml({
        ...management,
        kindPicture: withholdRare(picture, minMembers, new Set(management.products.map((p) => p.product))),
        timeZone,
      }),
    );
  };

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
          {t('repChooseFiles')}{' '}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            data-testid="rep-files"
            onChange={(e) => load(Array.from((e.target as HTMLInputElement).files ?? []))}
          />
        </label>{' '}
        <label>
          {t('repChooseFolder')}{' '}
          <input
            type="file"
            multiple
            data-testid="rep-folder"
            {...{ webkitdirectory: '' }}
            onChange={(e) =>
              load(
                Array.from((e.target as HTMLInputElement).files ?? []).filter((f) =>
                  f.name.toLowerCase().endsWith('.json'),
                ),
              )
            }
          />
        </label>
      </div>
      <RepDeclaration onChange={setDeclaration} />
      {progress && (
        <p>
          <label for="rep-progress">{t('repProgress', String(progress.done), tc('file', progress.total))}</label>{' '}
          <progress id="rep-progress" data-testid="rep-progress" max={progress.total} value={progress.done} />
        </p>
      )}
      {result && files && (
        <>
          <p data-testid="rep-summary" data-merged={files.merged.length} data-left-out={files.leftOut.length}>
            {t(
              'repSummary',
              tc('member', members.length),
              tc('row', rows.length),
              tc('file', files.merged.length),
              tc('file', files.leftOut.length),
            )}
          </p>
          {ruleVersions.length > 1 && (
            <p class="meta" data-testid="rep-rule-note">
              {t('repRuleVersions', ruleVersions.join(', '))}
            </p>
          )}
          <p class="actions">
            <button type="button" data-testid="rep-csv" onClick={exportCsv}>
              {t('exportCsv')}
            </button>{' '}
            <button type="button" data-testid="rep-report" onClick={exportReport}>
              {t('exportReport')}
            </button>{' '}
            <button type="button" data-testid="rep-report-management" onClick={exportManagementReport}>
              {t('repReportManagement')}
            </button>{' '}
            <label>
              {t('repMinMembers')}{' '}
              <input
                type="number"
                min={1}
                max={1000}
                value={minMembers}
                data-testid="rep-min-members"
                onInput={(e) =>
                  setMinMembers(
                    Math.max(1, Math.floor(Number((e.target as HTMLInputElement).value) || DEFAULT_MIN_MEMBERS)),
                  )
                }
              />
            </label>
          </p>
          {members.length > 0 && <RepKindPicture picture={picture} employer={declaration?.employer} />}
          {members.length > 0 && <RepCharts members={members} />}
          {members.length > 0 && (
            <RepFilterBar filter={filter} onChange={setFilter} shown={shownRows.length} all={rows.length} />
          )}
          {members.length > 0 && <MergedTable rows={shownRows} caption={t('repMergedTitle')} />}
          {reported.length > 0 && <ReportedTable rows={reported} />}
          {members.length > 0 && <IntegrityTable members={members} />}
          {files.merged.length > 0 && <FilesTable files={result.plan.merged} />}
          <p class="meta" data-testid="rep-merged-by">
            {t('repMergedBy', files.reader.extensionVersion, files.reader.ruleDbVersion, files.inputDigest)}
          </p>
        </>
      )}
      {keyChanges.length > 0 && (
        <ul class="error" data-testid="rep-key-changes">
          {keyChanges.map((c) => (
            <li key={c.memberKey}>{t('repKeyChanged', describeKeyChange(c))}</li>
          ))}
        </ul>
      )}
      {result && <LeftOut files={result.plan.leftOut} copies={result.plan.copies} conflicts={result.plan.conflicts} />}
    </>
  );
}
