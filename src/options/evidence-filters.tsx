import type { EvidenceFilter } from '../evidence/log/aggregate';
import { localDayEnd, localDayStart } from '../evidence/log/day-bounds';
import { t } from '../shared/i18n';

interface Props {
  filter: EvidenceFilter;
  onChange: (filter: EvidenceFilter) => void;
  sites: string[];
  categories: readonly (readonly [string, string])[];
  products: [string, string][];
}

export function EvidenceFilters({ filter, onChange, sites, categories, products }: Props) {
  const select = (
    id: string,
    label: string,
    key: 'site' | 'category' | 'ruleId',
    options: readonly (readonly [string, string])[],
  ) => (
    <label for={id}>
      {label}{' '}
      <select
        id={id}
        data-testid={id}
        value={filter[key] ?? ''}
        onChange={(e) => onChange({ ...filter, [key]: (e.target as HTMLSelectElement).value || undefined })}
      >
        <option value="">{t('filterAll')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="filters">
      <legend>{t('filterTitle')}</legend>
      {select(
        'filter-site',
        t('filterSite'),
        'site',
        sites.map((s) => [s, s] as const),
      )}{' '}
      {select('filter-category', t('filterCategory'), 'category', categories)}{' '}
      {select('filter-product', t('filterProduct'), 'ruleId', products)}{' '}
      <label for="filter-from">
        {t('filterFrom')}{' '}
        <input
          id="filter-from"
          type="date"
          onChange={(e) => onChange({ ...filter, from: localDayStart((e.target as HTMLInputElement).value) })}
        />
      </label>{' '}
      <label for="filter-to">
        {t('filterTo')}{' '}
        <input
          id="filter-to"
          type="date"
          onChange={(e) => onChange({ ...filter, to: localDayEnd((e.target as HTMLInputElement).value) })}
        />
      </label>
    </fieldset>
  );
}
