import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FLUSH_AT_ITEMS,
  FLUSH_DELAY_MS,
  MAX_QUIET_WAIT_MS,
  MAX_RETRIES,
  QUIET_POLL_MS,
  retryDelay,
  WriteBuffer,
  type WriteSteps,
} from './write-buffer';

/** A report that counts observations and a log that stores drafts; either can be made to fail. */
function fakeStore() {
  const state = { reportCount: 0, log: [] as string[], foldFails: 0, appendFails: 0, outcomes: [] as boolean[] };
  const steps: WriteSteps<string, string> = {
    async fold(_tabId, items) {
      if (state.foldFails > 0) {
        state.foldFails--;
        throw new Error('QuotaExceededError');
      }
      state.reportCount += items.length;
      return items.map((item) => `draft:${item}`);
    },
    async append(drafts) {
      if (state.appendFails > 0) {
        state.appendFails--;
        throw new Error('QuotaExceededError');
      }
      state.log.push(...drafts);
    },
    report: (outcome) => void state.outcomes.push(outcome.ok),
  };
  return { state, steps, buffer: new WriteBuffer(steps) };
}

describe('WriteBuffer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("writes a tab's observations together after the delay", async () => {
    const { state, buffer } = fakeStore();
    buffer.add(1, 'a');
    buffer.add(1, 'b');
    expect(state.reportCount).toBe(0);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(state).toMatchObject({ reportCount: 2, log: ['draft:a', 'draft:b'] });
    expect(buffer.waiting()).toBe(0);
  });

  it('waits while a page is loading, then writes once it has loaded', async () => {
    const { state, steps } = fakeStore();
    let loading = true;
    const buffer = new WriteBuffer({ ...steps, busy: () => loading });
    buffer.add(1, 'a');
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS + 3 * QUIET_POLL_MS);
    expect(state.reportCount).toBe(0);
    loading = false;
    await vi.advanceTimersByTimeAsync(QUIET_POLL_MS);
    expect(state.reportCount).toBe(1);
  });

  it('waits for page loads only so long: a browser that never stops loading still gets written', async () => {
    const { state, steps } = fakeStore();
    const buffer = new WriteBuffer({ ...steps, busy: () => true });
    buffer.add(1, 'a');
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS + MAX_QUIET_WAIT_MS - QUIET_POLL_MS);
    expect(state.reportCount).toBe(0);
    await vi.advanceTimersByTimeAsync(QUIET_POLL_MS);
    expect(state.reportCount).toBe(1);
  });

  it('keeps observations when the report write fails, and retries with backoff until it commits', async () => {
    const { state, buffer } = fakeStore();
    state.foldFails = 3;
    buffer.add(1, 'a');
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(buffer.waiting(1)).toBe(1);
    buffer.add(1, 'b'); // arrives while failing: written with the rest
    await vi.advanceTimersByTimeAsync(retryDelay(1) + retryDelay(2));
    expect(state.reportCount).toBe(0);
    await vi.advanceTimersByTimeAsync(retryDelay(3));
    expect(state).toMatchObject({ reportCount: 2, log: ['draft:a', 'draft:b'], outcomes: [false, false, false, true] });
    expect(buffer.waiting()).toBe(0);
  });

  it('retries only the log append when the report already counted, so nothing is counted twice', async () => {
    const { state, buffer } = fakeStore();
    state.appendFails = 2;
    buffer.add(1, 'a');
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS + retryDelay(1));
    expect(state).toMatchObject({ reportCount: 1, log: [] });
    expect(buffer.waiting(1)).toBe(1);
    buffer.add(1, 'b');
    await vi.advanceTimersByTimeAsync(retryDelay(2));
    expect(state).toMatchObject({ reportCount: 2, log: ['draft:a', 'draft:b'] });
  });

  it('stops retrying after a bounded number of attempts, keeps everything, and tries again at the next observation', async () => {
    const { state, buffer } = fakeStore();
    state.foldFails = Infinity;
    buffer.add(1, 'a');
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(state.outcomes).toHaveLength(MAX_RETRIES + 1);
    expect(vi.getTimerCount()).toBe(0);
    state.foldFails = 0;
    buffer.add(1, 'b');
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(state).toMatchObject({ reportCount: 2, log: ['draft:a', 'draft:b'] });
  });

  it('writes a large burst at once, and never hands the same observations to two writes', async () => {
    const { state, buffer } = fakeStore();
    for (let i = 0; i < FLUSH_AT_ITEMS * 2 + 5; i++) buffer.add(1, `r${i}`);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(state.reportCount).toBe(FLUSH_AT_ITEMS * 2 + 5);
    expect(new Set(state.log).size).toBe(state.log.length);
  });

  it('writes nothing until observations a stopped worker left are put back', async () => {
    const { state, steps } = fakeStore();
    let putBack!: () => void;
    const ready = new Promise<void>((resolve) => (putBack = resolve));
    const waiting = new WriteBuffer<string, string>({ ...steps, ready });
    waiting.add(1, 'new');
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS * 5);
    expect(state.reportCount).toBe(0);
    waiting.add(1, 'kept');
    putBack();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.log).toEqual(['draft:new', 'draft:kept']);
  });

  it('drops observations of another site before writing, and hands them back', async () => {
    const { state, buffer } = fakeStore();
    buffer.add(1, 'old');
    buffer.add(1, 'new');
    expect(buffer.filter(1, (item) => item === 'new')).toEqual(['old']);
    await buffer.flush(1);
    expect(state.log).toEqual(['draft:new']);
  });
});
