import type { EvidenceRow } from '../evidence/log/aggregate';
import { readExtensionEvidence } from '../evidence/log/extension-evidence';
import { ruleCatalog } from '../rules/bundled-catalog';
import { categoryNameKey } from '../core/taxonomy';
import { sayRow } from '../dashboard/signal-words';
import { t } from '../shared/i18n';
import { formatTime } from '../shared/format-time';

/** An extension the rule database does not know has no product: name it as the browser did. */
function extensionName(row: EvidenceRow): string {
  if (row.signalKind !== 'extension_id') return '';
  const name = readExtensionEvidence(row.evidence)?.name;
  return t('extLogProduct', name || row.signalValue);
}

/** The product's name: the rule catalog's, else the one the log recorded, else the extension's own. */
function productName(row: EvidenceRow): string {
  if (row.kind === 'unknown_third_party') return t('unknownThirdParty');
  return (row.ruleId && ruleCatalog.get(row.ruleId)?.product) || row.product || extensionName(row);
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
            <th scope="col">{t('dashColSaid')}</th>
            <th scope="col">{t('colCount')}</th>
            <th scope="col">{t('colFirst')}</th>
            <th scope="col">{t('colLast')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="log-row" data-rule={row.ruleId ?? ''}>
              <td>{row.site}</td>
              <td>{productName(row)}</td>
              <td>{row.category ? t(categoryNameKey(row.category)) : ''}</td>
              <td>
                <span data-testid="log-said">{sayRow(t, row, productName(row))}</span>
                {/* The raw signal, for whoever needs to check it: the rule's pattern, where it came from, the evidence. */}
                <details class="why">
                  <summary>{t('dashWhyFlagged')}</summary>
                  <dl>
                    <dt>{t('dashSignal')}</dt>
                    <dd>
                      <code data-testid="log-signal">{row.signalValue}</code>
                    </dd>
                    <dt>{t('colSource')}</dt>
                    <dd>{t(`source_${row.source}`)}</dd>
                    <dt>{t('dashEvidenceLabel')}</dt>
                    <dd>
                      <code>{row.evidence}</code>
                    </dd>
                  </dl>
                </details>
              </td>
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
