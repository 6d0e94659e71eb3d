import { describe, expect, it } from 'vitest';
import { filterRows, NO_FILTER } from './rep-filter';

const rows = [
  {
    product: 'Fullstory',
    site: 'contoso.sharepoint.com',
    category: 'session_recording',
    status: 'undeclared' as const,
  },
  { product: 'Pendo', site: 'contoso.sharepoint.com', category: 'digital_adoption', status: 'product' as const },
  { product: 'Hotjar', site: 'acme.slack.com', category: 'session_recording', status: 'undeclared' as const },
  { product: 'ActivTrak', site: 'acme.slack.com', category: 'employee_monitoring', status: 'no-policy' as const },
];
const names: Record<string, string> = {
  session_recording: 'Session recording',
  digital_adoption: 'Digital adoption',
  employee_monitoring: 'Employee monitoring',
};
const name = (c: string) => names[c]!;
const products = (filter: Parameters<typeof filterRows>[1]) => filterRows(rows, filter, name).map((r) => r.product);

describe("the rep view's filter", () => {
  it('keeps every row with no filter', () => {
    expect(products(NO_FILTER)).toEqual(['Fullstory', 'Pendo', 'Hotjar', 'ActivTrak']);
  });
  it('finds words in product, site and category name, any case, all words required', () => {
    expect(products({ text: 'hotjar', status: 'all' })).toEqual(['Hotjar']);
    expect(products({ text: 'SLACK', status: 'all' })).toEqual(['Hotjar', 'ActivTrak']);
    expect(products({ text: 'session  recording', status: 'all' })).toEqual(['Fullstory', 'Hotjar']);
    expect(products({ text: 'session slack', status: 'all' })).toEqual(['Hotjar']);
    expect(products({ text: 'nothing-like-this', status: 'all' })).toEqual([]);
  });
  it('keeps only the status asked for, with the words', () => {
    expect(products({ text: '', status: 'undeclared' })).toEqual(['Fullstory', 'Hotjar']);
    expect(products({ text: 'contoso', status: 'undeclared' })).toEqual(['Fullstory']);
    expect(products({ text: '', status: 'no-policy' })).toEqual(['ActivTrak']);
  });
});
