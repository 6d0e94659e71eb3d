import type { EvidenceRow } from '../evidence/aggregate';
import { readExtensionEvidence } from '../evidence/extension-evidence';
import { categoryNameKey } from '../rules/taxonomy';
import { t } from '../shared/i18n';
import { formatTime } from '../shared/format-time';

/** An extension the rule database does not know has no product: name it as the browser did. */
function extensionName(row: EvidenceRow): string {
  if (row.signalKind !== 'extension_id') return '';
  const name = readExtensionEvidence(row.evidence)?.name;
  return t('extLogProduct', name || row.signalValue);
}

export function EvidenceTable({ rows }: { rows: EvidenceRow[] }) {
  if (rows.length === 0) return <p data-testid="log-empty">{t('logEmpty')}</p>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('logTitle')}>
      <table data-testid="log-table">
        <thead>
          <tr>
            <th scope="col">{t('colSite')}</th>
            <th scope="col">{t('colProduct')}</th>
            <th scope="col">{t('colCategory')}</th>
            <th scope="col">{t('colSignal')}</th>
            <th scope="col">{t('colSource')}</th>
            <th scope="col">{t('colCount')}</th>
            <th scope="col">{t('colFirst')}</th>
            <th scope="col">{t('colLast')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="log-row" data-rule={row.ruleId ?? ''}>
              <td>{row.site}</td>
              <td>{row.kind === 'unknown_third_party' ? t('unknownThirdParty') : (row.product ?? row.ruleId ?? extensionName(row))}</td>
              <td>{row.category ? t(categoryNameKey(row.category)) : ''}</td>
              <td><code>{row.signalValue}</code></td>
              <td>{t(`source_${row.source}`)}</td>
              <td>{row.count}</td>
              <td>{formatTime(row.first)}</td>
              <td>{formatTime(row.last)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
