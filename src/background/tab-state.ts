// The one owner of each tab's state (the tab report in storage.session): every change to a tab report
// goes through the operations here, and this is the only file that imports the report writer
// (tab-report-writes.ts; tests/architecture.test.ts checks it). After each write that can change the
// verdict, the badge is shown verdictOf(report), the same verdict the popup says in words.
// Observations are buffered per tab for up to a second and written together (write-buffer.ts): a page
// load fires dozens of requests, and writing them while the page is still loading measurably slowed it
// (npm run bench:page: writing each detection at once cost about three times as much as one write after
// the burst). They stay buffered until the write has committed, and a failed write is retried.
// No browser imports: browser-tab-state.ts passes in storage.session, the badge and the evidence log,
// and tests pass fakes.
import type { EntryDraft } from '../evidence/log/entry';
import { declarationText } from '../evidence/log/limits';
import { toPersistedDeclared } from '../policy/declared-status';
import type { StoredDeclarations } from '../shared/declarations-store';
import { emptyReport, type TabReport, type TlsCheck } from '../shared/tab-report';
import { readTabReport, tabsWithReports, type ReportArea } from '../shared/tab-reports-store';
import { verdictOf, type Verdict } from '../shared/verdict';
import { applyObservation, type Observation, type Observed } from './observations';
import { comparePolicyFor } from './policy-compare';
import { tabReportWrites } from './tab-report-writes';
import { WriteBuffer, type WriteSteps } from './write-buffer';

/** The write-through copy of buffered observations (kept-observations.ts). */
export interface KeptObservations {
  nextId(): number;
  keep(tabId: number, item: { id: number }): void;
  forget(tabId: number, items: readonly { id: number }[]): void;
  read(): Promise<Map<number, { id: number; site: string; kind: string }[]>>;
}

export interface TabStatePorts {
  /** Where the reports live (storage.session). */
  area: ReportArea;
  declarations(): Promise<StoredDeclarations>;
  /** Show a tab's verdict on its toolbar button (badge.ts). */
  showVerdict(tabId: number, verdict: Verdict): void;
  /** Append evidence drafts to the log. */
  appendEvidence(drafts: EntryDraft[]): Promise<void>;
  kept: KeptObservations;
  tabOpen(tabId: number): Promise<boolean>;
  /** Whether a page is loading now (a timed write then waits a little). */
  busy(): boolean;
  /** Told after every attempt to write observations: whether it wrote, and what failed. */
  wrote: WriteSteps<Observed, EntryDraft>['report'];
}

export type TabState = ReturnType<typeof createTabState>;

export function createTabState(ports: TabStatePorts) {
  const reports = tabReportWrites(ports.area);
  const show = (tabId: number, report: TabReport | null) => ports.showVerdict(tabId, verdictOf(report));

  /** Fold observations into the tab's report (one committed write) and return the evidence they produce. */
  async function fold(tabId: number, items: Observed[]): Promise<EntryDraft[]> {
    const drafts: EntryDraft[] = [];
    const declarations = await ports.declarations();
    let written: TabReport | null = null;
    await reports.write(tabId, (stored) => {
      let report = stored;
      drafts.length = 0; // the updater runs once per write; start clean if it ever ran before
      for (const item of items) {
        const step = applyObservation(report, item);
        report = step.report;
        drafts.push(...step.drafts);
      }
      if (report) {
        report.policy = comparePolicyFor(report, declarations);
        report.written = Math.max(report.written ?? 0, ...items.map((item) => item.id));
      }
      written = report;
      return report;
    });
    ports.kept.forget(tabId, items);
    const report = written as TabReport | null;
    // Each finding's evidence says which declaration it was compared with, and the outcome.
    for (const draft of drafts) {
      const status = draft.ruleId ? report?.policy?.statuses[draft.ruleId] : undefined;
      if (report?.policy && status) {
        draft.declaration = declarationText(report.policy.declarationId, report.policy.label);
        draft.declared = toPersistedDeclared(status);
      }
    }
    show(tabId, report);
    return drafts;
  }

  /** Put back what a stopped worker had not yet folded in (never anything its tab report already holds). */
  async function putBackKept(): Promise<void> {
    try {
      for (const [tabId, items] of await ports.kept.read()) {
        const [report, open] = await Promise.all([readTabReport(ports.area, tabId), ports.tabOpen(tabId)]);
        const unwritten = open ? items.filter((item) => item.id > (report?.written ?? 0)) : [];
        ports.kept.forget(
          tabId,
          items.filter((item) => !unwritten.includes(item)),
        );
        for (const item of unwritten) buffer.add(tabId, item as Observed);
      }
    } catch (error) {
      console.error('Sightline: could not read observations kept by a stopped worker', error);
    }
  }

  const buffer: WriteBuffer<Observed, EntryDraft> = new WriteBuffer<Observed, EntryDraft>({
    fold,
    ready: putBackKept(),
    busy: ports.busy,
    append: ports.appendEvidence,
    report: ports.wrote,
  });

  /** Drop buffered observations from any site but `site` (undefined: all of them). */
  function discardOtherSites(tabId: number, site: string | undefined): void {
    ports.kept.forget(
      tabId,
      buffer.filter(tabId, (item) => item.site === site),
    );
  }

  return {
    /** What was seen on the tab (already scrubbed, on an in-scope site): buffered, then folded in. */
    observe(tabId: number, observation: Observation): void {
      const item = { ...observation, id: ports.kept.nextId() } as Observed;
      ports.kept.keep(tabId, item);
      buffer.add(tabId, item);
    },

    /** Write what the tab has buffered now (resolves once written, or once a failed attempt is kept). */
    flush(tabId: number): Promise<void> {
      return buffer.flush(tabId);
    },

    /** Buffered and kept observations not yet written, for a tab or all tabs. */
    waiting(tabId?: number): number {
      return buffer.waiting(tabId);
    },

    /**
     * The tab navigated to in-scope `site`: observations from other sites are dropped, a report for
     * another site is replaced by an empty one, and it is compared with the policy at once, so a fresh
     * page says which policy applies before anything is seen. The badge is not set: the browser resets
     * the button when the page commits, so the first write for the new page sets it.
     */
    async startPage(tabId: number, site: string, at: number): Promise<void> {
      discardOtherSites(tabId, site);
      const declarations = await ports.declarations();
      await reports.update(tabId, (report) => {
        const next = report && report.site === site ? report : emptyReport(site, at);
        next.policy = comparePolicyFor(next, declarations);
        return next;
      });
    },

    /** The tab navigated out of scope: nothing shown, nothing stored, nothing buffered. */
    leaveScope(tabId: number): Promise<void> {
      discardOtherSites(tabId, undefined);
      return reports.update(tabId, () => null);
    },

    /** The tab closed: its report goes, so the per-tab view never turns into a browsing history. */
    closeTab(tabId: number): Promise<void> {
      return reports.update(tabId, () => null);
    },

    /**
     * The TLS check of a top-level load of `site`. The badge is not set: the verdict does not depend on
     * it, and the check runs before the page commits (the browser resets the button then).
     */
    setTls(tabId: number, site: string, check: TlsCheck): Promise<void> {
      return reports.update(tabId, (report) => {
        // A report started after this response belongs to a later navigation: leave it alone.
        if (report && report.site !== site && report.startedAt > check.at) return report;
        const next = report && report.site === site ? report : emptyReport(site, check.at);
        next.tls = check;
        return next;
      });
    },

    /** The declarations changed: every open tab's report is compared again, and its badge follows. */
    async recompare(stored: StoredDeclarations): Promise<void> {
      for (const tabId of await tabsWithReports(ports.area)) {
        let shown: TabReport | null = null;
        await reports.update(tabId, (report) => {
          if (report) report.policy = comparePolicyFor(report, stored);
          shown = report;
          return report;
        });
        if (shown) show(tabId, shown);
      }
    },

    /** The site the tab's report is about, if it has one. */
    async siteOf(tabId: number): Promise<string | undefined> {
      return (await readTabReport(ports.area, tabId))?.site;
    },
  };
}
