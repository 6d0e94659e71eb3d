// The rep view's filter and print controls: words to find and a policy status narrow the merged table
// on screen (the CSV and the reports keep every row, and the bar says so with the counts), and "print
// this view" prints what is shown, charts and tables, without the controls (app.css).
import { BY_CONCERN, type DeclaredStatus } from '../policy/declared-status';
import type { RepFilter } from '../dashboard/rep-filter';
import { t, tc } from '../shared/i18n';

export function RepFilterBar({
  filter,
  onChange,
  shown,
  all,
}: {
  filter: RepFilter;
  onChange: (next: RepFilter) => void;
  shown: number;
  all: number;
}) {
  return (
    <div class="rep-filter" role="search" data-testid="rep-filter">
      <label>
        {t('repFilterText')}{' '}
        <input
          type="search"
          data-testid="rep-filter-text"
          value={filter.text}
          onInput={(e) => onChange({ ...filter, text: (e.target as HTMLInputElement).value })}
        />
      </label>{' '}
      <label>
        {t('repFilterStatus')}{' '}
        <select
          data-testid="rep-filter-status"
          value={filter.status}
          onChange={(e) =>
            onChange({ ...filter, status: (e.target as HTMLSelectElement).value as DeclaredStatus | 'all' })
          }
        >
          <option value="all">{t('repFilterAll')}</option>
          {BY_CONCERN.map((status) => (
            <option key={status} value={status}>
              {t(`repStatus_${status.replace('-', '_')}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" data-testid="rep-print" onClick={() => window.print()}>
        {t('repPrint')}
      </button>
      <p class="meta" role="status" data-testid="rep-filter-showing" data-shown={shown} data-all={all}>
        {t('repFilterShowing', tc('row', shown), String(all))}
      </p>
    </div>
  );
}
