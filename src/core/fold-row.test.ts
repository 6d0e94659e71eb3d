import { describe, expect, it } from 'vitest';
import { emptySpan, foldRow, foldSpan, type FoldedRow, type Replaces } from './fold-row';

const row = (count: number, first: number, last: number, status: string, statusAt: number): FoldedRow<string> => ({
  count,
  first,
  last,
  status,
  statusAt,
});
const start = (): FoldedRow<string> => ({ ...emptySpan(), status: 'none', statusAt: -1 });
const foldAll = (rows: FoldedRow<string>[], replaces?: Replaces<string>) => {
  const into = start();
  for (const r of rows) foldRow(into, r, replaces);
  return into;
};

describe('foldSpan', () => {
  it('adds counts and widens first and last seen, starting from an empty span', () => {
    const into = emptySpan();
    foldSpan(into, { count: 2, first: 50, last: 60 });
    expect(into).toEqual({ count: 2, first: 50, last: 60 });
    foldSpan(into, { count: 3, first: 10, last: 55 });
    foldSpan(into, { count: 1, first: 70, last: 90 });
    expect(into).toEqual({ count: 6, first: 10, last: 90 });
  });
});

describe('foldRow', () => {
  it('keeps the status recorded latest, whatever order the rows come in', () => {
    const rows = [row(1, 10, 20, 'a', 100), row(2, 5, 30, 'b', 300), row(4, 1, 8, 'c', 200)];
    const want = { count: 7, first: 1, last: 30, status: 'b', statusAt: 300 };
    expect(foldAll(rows)).toEqual(want);
    expect(foldAll([...rows].reverse())).toEqual(want);
    expect(foldAll([rows[2]!, rows[1]!, rows[0]!])).toEqual(want);
  });

  it('on a tie in time keeps the status folded first', () => {
    expect(foldAll([row(1, 1, 1, 'first', 500), row(1, 2, 2, 'second', 500)]).status).toBe('first');
    expect(foldAll([row(1, 2, 2, 'second', 500), row(1, 1, 1, 'first', 500)]).status).toBe('second');
  });

  it('the first row always replaces the starting status (recorded at -1)', () => {
    expect(foldAll([row(1, 0, 0, 'only', 0)])).toEqual({ count: 1, first: 0, last: 0, status: 'only', statusAt: 0 });
  });

  it('a caller can say which status wins instead of the later one', () => {
    const neverNone: Replaces<string> = (held, next) =>
      held.status === 'none' || (next.status !== 'none' && next.statusAt > held.statusAt);
    const folded = foldAll([row(1, 1, 1, 'named', 100), row(1, 2, 2, 'none', 900)], neverNone);
    expect(folded).toMatchObject({ count: 2, status: 'named', statusAt: 100 });
  });
});
