// Third-party hosts on this tab that matched no rule: collapsed by default, exportable as a
// candidate-vendor list (docs/export-format.md). Nothing is sent; the person decides what to share.
import { t, tc } from '../shared/i18n';
import type { TabReport } from '../shared/tab-report';
import { downloadText } from '../shared/download';

export function UnknownHosts({ report }: { report: TabReport }) {
  const hosts = Object.entries(report.unknownThirdParties).sort((a, b) => b[1].count - a[1].count);
  if (hosts.length === 0) return null;
  // Loaded on demand: the export validates with full zod, which the popup need not load to open.
  const save = async () => {
    const { unknownHostsExport } = await import('../evidence/export/unknown-hosts-export');
    downloadText(
      `sightline-unknown-hosts-${report.site}.json`,
      'application/json',
      unknownHostsExport(report.site, report.unknownThirdParties, new Date()),
    );
  };
  return (
    <details class="unknown" data-testid="unknown-hosts">
      <summary>{t('unknownHostsTitle', String(hosts.length))}</summary>
      <p>{t('unknownHostsBody')}</p>
      <ul>
        {hosts.map(([host, seen]) => (
          <li key={host}>
            <code>{host}</code> — {tc('request', seen.count)}
          </li>
        ))}
      </ul>
      {report.unlistedUnknownRequests ? (
        <p data-testid="unknown-hosts-unlisted">
          {t('unknownHostsUnlisted', tc('request', report.unlistedUnknownRequests))}
        </p>
      ) : null}
      <button type="button" onClick={() => void save()}>
        {t('unknownHostsExport')}
      </button>
    </details>
  );
}
