// Per-tab buffer between what is observed and what is written (the tab-state owner, tab-state.ts, owns
// one). Observations stay in the buffer until the write that folds them in has committed; a failed write
// keeps them and tries again later (1 s, 2 s, 4 s … at most a minute apart, up to MAX_RETRIES times, then
// at the next observation). Writing is two steps, each all-or-nothing: folding into the tab report, which
// yields evidence drafts, then appending those to the log. Drafts whose observations the report has
// already counted are kept apart, so a retry appends them without folding their observations in twice. No
// browser imports: tab-state.ts passes the two steps in, and tests pass fakes.

export interface WriteSteps<T, D> {
  /** Fold observations into the tab's report; resolves with the drafts they produce. */
  fold(tabId: number, items: T[]): Promise<D[]>;
  /** Append drafts to the evidence log. */
  append(drafts: D[]): Promise<void>;
  /** Writing waits for this (observations a stopped worker left are put back first). */
  ready?: Promise<void>;
  /** Told after every attempt: whether it wrote, and what failed. */
  report(outcome: { ok: true } | { ok: false; error: unknown; waiting: number }): void;
  /**
   * Whether a page is loading now: a timed write then waits (QUIET_POLL_MS at a time, at most
   * MAX_QUIET_WAIT_MS in all), because writing is browser work that slows the page being loaded.
   */
  busy?(): boolean;
}

export const QUIET_POLL_MS = 250;
export const MAX_QUIET_WAIT_MS = 5000;

export const FLUSH_DELAY_MS = 1000;
/** A burst this large is written without waiting. */
export const FLUSH_AT_ITEMS = 200;
export const MAX_RETRIES = 8;
const MAX_RETRY_DELAY_MS = 60_000;

export function retryDelay(failures: number): number {
  return Math.min(FLUSH_DELAY_MS * 2 ** (failures - 1), MAX_RETRY_DELAY_MS);
}

export class WriteBuffer<T, D> {
  private readonly items = new Map<number, T[]>();
  private readonly drafts = new Map<number, D[]>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly failures = new Map<number, number>();
  /** One write at a time per tab, so two flushes never take the same observations. */
  private readonly running = new Map<number, Promise<void>>();

  constructor(private readonly steps: WriteSteps<T, D>) {}

  add(tabId: number, item: T): void {
    const buffer = this.items.get(tabId) ?? [];
    buffer.push(item);
    this.items.set(tabId, buffer);
    // While writes are failing, a full buffer waits for its retry rather than trying at every request.
    if (buffer.length >= FLUSH_AT_ITEMS && !this.failures.has(tabId)) void this.flush(tabId);
    else this.schedule(tabId, FLUSH_DELAY_MS);
  }

  /** Drop buffered observations `keep` refuses (the tab moved to another site); returns them. */
  filter(tabId: number, keep: (item: T) => boolean): T[] {
    const buffer = this.items.get(tabId) ?? [];
    this.items.set(tabId, buffer.filter(keep));
    return buffer.filter((item) => !keep(item));
  }

  /** Observations and drafts not yet written, for a tab or all tabs. */
  waiting(tabId?: number): number {
    const count = (id: number) => (this.items.get(id)?.length ?? 0) + (this.drafts.get(id)?.length ?? 0);
    if (tabId !== undefined) return count(tabId);
    return [...new Set([...this.items.keys(), ...this.drafts.keys()])].reduce((sum, id) => sum + count(id), 0);
  }

  /** Write what the tab has buffered now; resolves when written or when the attempt failed (kept). */
  flush(tabId: number): Promise<void> {
    clearTimeout(this.timers.get(tabId));
    this.timers.delete(tabId);
    const next = (this.running.get(tabId) ?? Promise.resolve()).then(() => this.write(tabId));
    this.running.set(tabId, next);
    void next.then(() => {
      if (this.running.get(tabId) === next) this.running.delete(tabId);
    });
    return next;
  }

  private schedule(tabId: number, delay: number, waited = 0): void {
    if (this.timers.has(tabId)) return;
    this.timers.set(
      tabId,
      setTimeout(() => {
        if (waited < MAX_QUIET_WAIT_MS && this.steps.busy?.()) {
          this.timers.delete(tabId);
          this.schedule(tabId, QUIET_POLL_MS, waited + QUIET_POLL_MS);
        } else void this.flush(tabId);
      }, delay),
    );
  }

  private async write(tabId: number): Promise<void> {
    await this.steps.ready;
    const taken = this.items.get(tabId) ?? [];
    if (taken.length === 0 && !this.drafts.get(tabId)?.length) return;
    try {
      if (taken.length > 0) {
        const produced = await this.steps.fold(tabId, taken);
        // Committed: these observations are in the report; their drafts wait apart from the buffer.
        const done = new Set(taken);
        const left = (this.items.get(tabId) ?? []).filter((item) => !done.has(item));
        if (left.length > 0) this.items.set(tabId, left);
        else this.items.delete(tabId);
        if (produced.length > 0) this.drafts.set(tabId, [...(this.drafts.get(tabId) ?? []), ...produced]);
      }
      const drafts = this.drafts.get(tabId) ?? [];
      if (drafts.length > 0) {
        await this.steps.append(drafts);
        const rest = (this.drafts.get(tabId) ?? []).slice(drafts.length);
        if (rest.length > 0) this.drafts.set(tabId, rest);
        else this.drafts.delete(tabId);
      }
      this.failures.delete(tabId);
      this.steps.report({ ok: true });
    } catch (error) {
      const failures = (this.failures.get(tabId) ?? 0) + 1;
      this.failures.set(tabId, failures);
      this.steps.report({ ok: false, error, waiting: this.waiting() });
      if (failures <= MAX_RETRIES) this.schedule(tabId, retryDelay(failures));
    }
  }
}
