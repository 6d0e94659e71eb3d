// What members reported (worker reports), in the rep view: how many members reported each kind at each
// workplace (evidence/merge/reported-counts.ts), in a table of its own, apart from the browser rows.
import type { ReportedRow } from '../evidence/merge/reported-counts';
import { kindNameKey } from '../policy/kinds';
import { t } from '../shared/i18n';

export function ReportedTable({ rows }: { rows: readonly ReportedRow[] }) {
  const caption = t('repReportedTitle');
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table data-testid="rep-reported">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[
              'repReportedKind',
              'repReportedWhere',
              'repReportedMembers',
              'repReportedReports',
              'repReportedDates',
            ].map((k) => (
              <th key={k} scope="col">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.kind}\u001f${r.workplace}`}
              data-testid="rep-reported-row"
              data-kind={r.kind}
              data-workplace={r.workplace}
              data-members={r.members}
              data-reports={r.reports}
            >
              <td>{t(kindNameKey(r.kind))}</td>
              <td>{r.workplace}</td>
              <td>{r.members}</td>
              <td>{r.reports}</td>
              <td>{r.first === r.last ? r.first : `${r.first} – ${r.last}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
