// The evidence log as a table (one row per site, product and signal), with filters, JSON and CSV
// export, and clear-with-confirmation. Reads IndexedDB directly (same extension origin); refreshes when
// the background records something (a storage.session change is the cue, or another section of this page
// saying it had something added).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { productOf } from '../dashboard/routes';
import browser from 'webextension-polyfill';
import { aggregateEntries, filterRows, type EvidenceFilter, type EvidenceRow } from '../evidence/log/aggregate';
import { exportEvidenceCsv } from '../evidence/export/export-csv';
import { buildBundle, newMemberCode, type Member } from '../evidence/export/bundle';
import type { Redaction } from '../evidence/seal/redaction';
import { RULE_DB_VERSION } from '../rules/version';
import { policyNow } from '../policy/status-now';
import { declarationsItem } from '../shared/declarations-store';
import { ruleCatalog } from '../rules/bundled-catalog';
import { categoryNameKey, CATEGORY_IDS } from '../core/taxonomy';
import { downloadText } from '../shared/download';
import { readLog, readPending, readRecords } from '../shared/evidence-log-read';
import { installSigningKeys } from '../shared/signing-key';
import { signBundle } from '../evidence/seal/signature';
import { sendMessage } from '../shared/browser-messaging';
import { settingsItem } from '../shared/settings';
import { t } from '../shared/i18n';
import { EvidenceFilters } from './evidence-filters';
import { EvidenceTable } from './evidence-table';
import { useGuarded } from './use-guarded';
import { onLogChanged } from './log-changed';

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

export function EvidenceLog() {
  const [rows, setRows] = useState<EvidenceRow[]>([]);
  const [entryCount, setEntryCount] = useState(0);
  // A "see the evidence" link names its product (#evidence?product=…): the log opens filtered to it.
  const [filter, setFilter] = useState<EvidenceFilter>(() => {
    const ruleId = productOf(location.hash);
    return ruleId ? { ruleId } : {};
  });
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const { failure, guard: guarded } = useGuarded(() => setStatus(null));
  const [redaction, setRedaction] = useState<Redaction>('host');
  const [nameMe, setNameMe] = useState(false);
  const [name, setName] = useState('');

  const load = async () => {
    const [entries, pending] = await Promise.all([readLog(), readPending()]);
    setEntryCount(entries.length);
    setRows(aggregateEntries(entries, pending));
  };
  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 500);
    };
    browser.storage.session.onChanged.addListener(onChange);
    const stopListening = onLogChanged(onChange);
    return () => {
      browser.storage.session.onChanged.removeListener(onChange);
      stopListening();
    };
  }, []);

  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const sites = useMemo(() => [...new Set(rows.map((r) => r.site))].sort(), [rows]);
  const products = useMemo(
    () =>
      [...new Map(rows.filter((r) => r.ruleId).map((r) => [r.ruleId!, r.product ?? r.ruleId!])).entries()].sort(
        (a, b) => a[1].localeCompare(b[1]),
      ),
    [rows],
  );
  const categories = CATEGORY_IDS.filter((c) => rows.some((r) => r.category === c)).map(
    (c) => [c, t(categoryNameKey(c))] as const,
  );

  const member = async (): Promise<Member | null> => {
    if (nameMe) return name.trim() ? { named: true, name: name.trim() } : null;
    const settings = await settingsItem.get();
    if (settings.memberCode) return { named: false, code: settings.memberCode };
    const code = newMemberCode();
    await settingsItem.set({ ...settings, memberCode: code });
    return { named: false, code };
  };

  const exportJson = async () => {
    const who = await member();
    if (!who) {
      setStatus(t('exportNeedsName'));
      return;
    }
    // The background writes pending counts first (it is the log's only writer), so the export is complete,
    // and seals what comes after with new salts.
    await sendMessage('flush-evidence', { renewSalts: true });
    const records = await readRecords();
    // Signed with this install's key (src/shared/signing-key.ts): a rep can tell a re-sealed copy.
    const bundle = await signBundle(
      buildBundle(records, {
        exportId: crypto.randomUUID(),
        createdAt: new Date(),
        extensionVersion: browser.runtime.getManifest().version,
        ruleDbVersion: RULE_DB_VERSION,
        redaction,
        member: who,
      }),
      await installSigningKeys(),
    );
    downloadText(`sightline-evidence-${stamp()}.json`, 'application/json', `${JSON.stringify(bundle)}\n`);
    setStatus(t('exportedEntries', String(bundle.entryCount), t(`redaction_${redaction}`)));
    await load();
  };
  // The member's own report: the same bundle a rep would get (full detail), verified, then rendered.
  const printableReport = async () => {
    await sendMessage('flush-evidence', {});
    const [{ reportModelFromBundles }, { renderReportHtml }, { verifyBundle }] = await Promise.all([
      import('../evidence/merge/report-from-bundles'),
      import('../evidence/report/report-html'),
      import('../evidence/export/read-bundle'),
    ]);
    const bundle = buildBundle(await readRecords(), {
      exportId: crypto.randomUUID(),
      createdAt: new Date(),
      extensionVersion: browser.runtime.getManifest().version,
      ruleDbVersion: RULE_DB_VERSION,
      redaction: 'full',
      member: { named: true, name: t('reportYou') },
    });
    // Declared or undeclared as of today's declarations, the same answer the popup and letters give.
    const stored = await declarationsItem.get();
    const now = policyNow(ruleCatalog, stored.declarations, stored.activeId);
    const model = reportModelFromBundles(
      [{ bundle, verification: await verifyBundle(bundle) }],
      ruleCatalog,
      new Date(),
      now,
    );
    downloadText(
      `sightline-report-${stamp()}.html`,
      'text/html',
      renderReportHtml({ ...model, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    );
    setStatus(t('reportSaved'));
  };

  const exportCsv = () => {
    downloadText(`sightline-evidence-${stamp()}.csv`, 'text/csv', exportEvidenceCsv(shown));
    setStatus(t('exportedRows', String(shown.length)));
  };
  const clear = async () => {
    await sendMessage('clear-evidence', {});
    setConfirming(false);
    setStatus(t('logCleared'));
    await load();
  };

  return (
    <section aria-labelledby="log-h">
      <h2 id="log-h">{t('logTitle')}</h2>
      <p>{t('logBody', String(entryCount))}</p>
      <EvidenceFilters filter={filter} onChange={setFilter} sites={sites} categories={categories} products={products} />
      <EvidenceTable rows={shown} />
      <fieldset class="export-options">
        <legend>{t('exportOptions')}</legend>
        <label for="redaction">{t('redactionLabel')}</label>{' '}
        <select
          id="redaction"
          data-testid="redaction"
          value={redaction}
          onChange={(e) => setRedaction((e.target as HTMLSelectElement).value as Redaction)}
        >
          {(['full', 'host', 'category'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`redaction_${r}`)}
            </option>
          ))}
        </select>{' '}
        <label>
          <input
            type="checkbox"
            data-testid="name-me"
            checked={nameMe}
            onChange={(e) => setNameMe((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('nameMe')}
        </label>{' '}
        {nameMe && (
          <label>
            {t('yourName')}{' '}
            <input
              data-testid="member-name"
              value={name}
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
            />
          </label>
        )}
        <p class="meta">{t(nameMe ? 'namedNote' : 'anonymousNote')}</p>
      </fieldset>
      <p class="actions">
        <button type="button" data-testid="export-json" onClick={() => void guarded(t('exportJson'), exportJson)()}>
          {t('exportJson')}
        </button>{' '}
        <button type="button" data-testid="export-csv" onClick={() => void guarded(t('exportCsv'), exportCsv)()}>
          {t('exportCsv')}
        </button>{' '}
        <button
          type="button"
          data-testid="export-report"
          onClick={() => void guarded(t('exportReport'), printableReport)()}
        >
          {t('exportReport')}
        </button>{' '}
        {!confirming && (
          <button type="button" data-testid="clear-log" onClick={() => setConfirming(true)}>
            {t('clearLog')}
          </button>
        )}
      </p>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('clearConfirm', String(entryCount))}</p>
          <button type="button" data-testid="clear-confirm" onClick={() => void guarded(t('clearYes'), clear)()}>
            {t('clearYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('cancel')}
          </button>
        </div>
      )}
      {status && (
        <p role="status" data-testid="log-status">
          {status}
        </p>
      )}
      {failure && (
        <p role="alert" class="error" data-testid="log-error">
          {failure}
        </p>
      )}
    </section>
  );
}
