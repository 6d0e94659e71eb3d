import { describe, expect, it } from 'vitest';
import { aggregateEntries } from './aggregate';
import { tallyKey, type EvidenceEntry } from './entry';
import { flushPending, recordObservation, type PendingTally } from './tally';
import { draft } from './test-entries';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

/** Feed observations through the tally logic the way the writer does, collecting appended entries. */
function run(times: number[], interval = 5 * MIN) {
  let pending: PendingTally | undefined;
  const log: EvidenceEntry[] = [];
  for (const at of times) {
    const d = draft({ at });
    const step = recordObservation(pending, tallyKey(d), d, interval);
    if (step.append) log.push({ seq: log.length + 1, ...step.append });
    pending = step.pending;
  }
  return { log, pending: pending! };
}

describe('recordObservation', () => {
  it('appends a first_seen entry for the first observation of a key', () => {
    const { log } = run([T0]);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'first_seen', count: 1, firstAt: T0, lastAt: T0 });
  });

  it('appends at most one tally per interval, carrying the count since the last entry', () => {
    const times = [T0, T0 + 1 * MIN, T0 + 2 * MIN, T0 + 3 * MIN, T0 + 6 * MIN, T0 + 7 * MIN, T0 + 12 * MIN];
    const { log, pending } = run(times);
    expect(log.map((e) => [e.kind, e.count])).toEqual([
      ['first_seen', 1],
      ['tally', 4], // observations at 1, 2, 3 and 6 minutes, written at 6
      ['tally', 2], // at 7 and 12, written at 12
    ]);
    expect(log[1]).toMatchObject({ firstAt: T0 + 1 * MIN, lastAt: T0 + 6 * MIN, at: T0 + 6 * MIN });
    expect(pending.count).toBe(0);
  });

  it('loses no observation: entries plus pending always add up to what was observed', () => {
    const times = Array.from({ length: 500 }, (_, i) => T0 + i * 7_000);
    const { log, pending } = run(times);
    const rows = aggregateEntries(log, [pending]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(500);
    expect(rows[0]!.first).toBe(T0);
    expect(rows[0]!.last).toBe(times.at(-1));
    expect(log.length).toBeLessThan(20);
  });
});

describe('flushPending', () => {
  it('writes pending counts as one tally and nothing when there is nothing pending', () => {
    const { pending } = run([T0, T0 + MIN, T0 + 2 * MIN]);
    const flushed = flushPending(pending, T0 + 3 * MIN);
    expect(flushed.append).toMatchObject({ kind: 'tally', count: 2, firstAt: T0 + MIN, lastAt: T0 + 2 * MIN });
    expect(flushPending(flushed.pending, T0 + 4 * MIN).append).toBeNull();
  });

  it('keeps unknown third parties as their own kind', () => {
    const d = draft({
      kind: 'unknown_third_party',
      signalKind: 'unknown_host',
      ruleId: undefined,
      signalValue: 'cdn.other.example',
    });
    const first = recordObservation(undefined, tallyKey(d), d);
    expect(first.append?.kind).toBe('unknown_third_party');
    const second = recordObservation(first.pending, tallyKey(d), { ...d, at: d.at + 1 });
    expect(flushPending(second.pending, d.at + 2).append?.kind).toBe('unknown_third_party');
  });
});
