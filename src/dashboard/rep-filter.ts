// The rep view's filter over the merged rows: words to find in the product, site or category name,
// and a declared status. Only the table on screen is filtered; the CSV and reports keep every row, and
// the view says how many rows it shows of how many. Pure.
import type { DeclaredStatus } from '../policy/declared-status';

export interface RepFilter {
  /** Words that must all appear (any case) in the row's product, site or category name. */
  text: string;
  status: DeclaredStatus | 'all';
}

export const NO_FILTER: RepFilter = { text: '', status: 'all' };

interface Filterable {
  product: string;
  site: string;
  status: DeclaredStatus;
}

/** The rows that pass; `categoryName` gives the words a category is shown in, so those match too. */
export function filterRows<R extends Filterable & { category: string }>(
  rows: readonly R[],
  filter: RepFilter,
  categoryName: (category: string) => string,
): R[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.status !== 'all' && row.status !== filter.status) return false;
    const haystack = `${row.product}\n${row.site}\n${categoryName(row.category)}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
