// One place where what was seen on a tab becomes state: the tab report (storage.session), the evidence
// log (IndexedDB) and the badge. Callers have already checked the tab is on an in-scope site.
// Observations are buffered per tab for up to a second and written together (write-buffer.ts): a page
// load fires dozens of requests, and writing them while the page is still loading measurably slowed it
// (npm run bench:page: writing each detection at once cost about three times as much as one write after
// the burst). They stay buffered until the write has committed, and a failed write (a full disk's quota
// error) is retried and shown on the toolbar (badge.ts) instead of dropping them.
import { RULE_DB_VERSION } from '../rules/version';
import type { EntryDraft } from '../evidence/log/entry';
import { declarationText } from '../evidence/log/limits';
import { toPersistedDeclared } from '../policy/declared-status';
import type { Detection } from '../core/model';
import { recordEvidence } from '../shared/evidence-db';
import type { SiteAccessId } from '../shared/site-access';
import {
  addDetections,
  addIdentifiedBy,
  addOutcomes,
  addUnknownThirdParty,
  emptyReport,
  setGrantedAccess,
  setLiveCapture,
  signalValue,
  type TabReport,
} from '../shared/tab-report';
import browser from 'webextension-polyfill';
import { readTabReport, writeTabReport } from '../shared/tab-reports-store';
import { ruleIndex } from './rules';
import { showTabState, showWriteProblem } from './badge';
import { scrubEvidence } from './identity-needles';
import { comparePolicyFor, currentDeclarations, tabState } from './policy';
import { maybeEnforceRetention } from './retention';
import { pageLoading } from './page-loads';
import { forgetObservations, keepObservation, nextObservationId, readKeptObservations } from './kept-observations';
import { storageProblem } from './storage-check';
import { WriteBuffer } from './write-buffer';

type Observation =
  | { kind: 'detections'; site: string; at: number; detections: Detection[]; mode: 'count' | 'backfill' }
  | { kind: 'unknown'; site: string; at: number; host: string }
  | { kind: 'outcome'; site: string; at: number; detections: Detection[]; outcome: 'completed' | 'failed' }
  | { kind: 'access'; site: string; at: number; granted?: SiteAccessId[]; live?: SiteAccessId[] }
  | { kind: 'identity'; site: string; at: number; ruleIds: string[]; labels: string[]; evidence: string };
/** Each observation has an id, which orders it and names its copy in storage.session. */
type Observed = Observation & { id: number };

const buffer = new WriteBuffer<Observed, EntryDraft>({
  fold: foldIntoReport,
  ready: putBackKept(),
  busy: pageLoading,
  append: async (drafts) => void (await recordEvidence(drafts)),
  report: (outcome) => {
    if (outcome.ok) {
      void storageProblem(Date.now()).then(showWriteProblem);
      void maybeEnforceRetention(Date.now());
      return;
    }
    console.error('Sightline: could not write observations; kept to try again', outcome.error);
    const detail =
      outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : String(outcome.error);
    void showWriteProblem({
      problem: 'write-failed',
      at: Date.now(),
      waiting: outcome.waiting,
      detail: detail.slice(0, 500),
    });
  },
});

function draftFor(site: string, detection: Detection, at: number): EntryDraft {
  const rule = ruleIndex.rules.get(detection.ruleId);
  return {
    kind: 'first_seen',
    at,
    site,
    ruleId: detection.ruleId,
    product: rule?.product,
    category: rule?.category,
    signalKind: detection.signal.kind,
    signalValue: signalValue(detection),
    evidence: detection.evidence,
    source: detection.source,
    count: 1,
    firstAt: at,
    lastAt: at,
    ruleDbVersion: RULE_DB_VERSION,
  };
}

function unknownDraft(site: string, host: string, at: number): EntryDraft {
  return {
    kind: 'unknown_third_party',
    at,
    site,
    signalKind: 'unknown_host',
    signalValue: host,
    evidence: host,
    source: 'network',
    count: 1,
    firstAt: at,
    lastAt: at,
    ruleDbVersion: RULE_DB_VERSION,
  };
}

function observe(tabId: number, observation: Observation): void {
  const item = { ...observation, id: nextObservationId() } as Observed;
  keepObservation(tabId, item);
  buffer.add(tabId, item);
}

/** Put back what a stopped worker had not yet folded in (never anything its tab report already holds). */
async function putBackKept(): Promise<void> {
  try {
    for (const [tabId, items] of await readKeptObservations()) {
      const [report, tab] = await Promise.all([readTabReport(tabId), browser.tabs.get(tabId).catch(() => null)]);
      const unwritten = tab ? items.filter((item) => item.id > (report?.written ?? 0)) : [];
      forgetObservations(
        tabId,
        items.filter((item) => !unwritten.includes(item)),
      );
      for (const item of unwritten) buffer.add(tabId, item as Observed);
    }
  } catch (error) {
    console.error('Sightline: could not read observations kept by a stopped worker', error);
  }
}

export function recordDetections(
  tabId: number,
  site: string,
  detections: Detection[],
  at: number,
  mode: 'count' | 'backfill' = 'count',
): void {
  // The worker's identifiers never reach storage, even inside a URL path a product chose.
  if (detections.length > 0)
    observe(tabId, {
      kind: 'detections',
      site,
      at,
      detections: detections.map((d) => ({ ...d, evidence: scrubEvidence(d.evidence) })),
      mode,
    });
}

/**
 * What the site may use (granted permissions) or is capturing now (live). Kept in the tab report only:
 * a permission belongs to the site, not to a monitoring product, so it is not evidence about one.
 */
export function recordSiteAccess(
  tabId: number,
  site: string,
  at: number,
  access: { granted?: SiteAccessId[]; live?: SiteAccessId[] },
): void {
  observe(tabId, { kind: 'access', site, at, ...access });
}

/** A request to these products carried the worker's identifiers (labels "email:sha256"; evidence: the host it went to). */
export function recordIdentity(
  tabId: number,
  site: string,
  ruleIds: string[],
  labels: string[],
  evidence: string,
  at: number,
): void {
  if (ruleIds.length > 0 && labels.length > 0)
    observe(tabId, { kind: 'identity', site, at, ruleIds, labels, evidence: scrubEvidence(evidence) });
}

export function recordUnknownThirdParty(tabId: number, site: string, host: string, at: number): void {
  observe(tabId, { kind: 'unknown', site, at, host });
}

export function recordOutcome(
  tabId: number,
  site: string,
  detections: Detection[],
  outcome: 'completed' | 'failed',
  at: number,
): void {
  // Kept in storage.session until written (kept-observations.ts): scrubbed like every stored address.
  observe(tabId, {
    kind: 'outcome',
    site,
    at,
    detections: detections.map((d) => ({ ...d, evidence: scrubEvidence(d.evidence) })),
    outcome,
  });
}

/** The tab moved to `site` (or out of scope: undefined): observations from another site are dropped. */
export function discardOtherSites(tabId: number, site: string | undefined): void {
  forgetObservations(
    tabId,
    buffer.filter(tabId, (item) => item.site === site),
  );
}

/** Apply one observation to the report; returns evidence drafts it produces. */
function apply(report: TabReport | null, item: Observed): { report: TabReport | null; drafts: EntryDraft[] } {
  if (item.kind === 'outcome') {
    return {
      report: report && report.site === item.site ? addOutcomes(report, item.detections, item.outcome) : report,
      drafts: [],
    };
  }
  // A report that started after this observation belongs to a later visit: the observation is stale.
  if (report && report.site !== item.site && report.startedAt > item.at) return { report, drafts: [] };
  const current = report && report.site === item.site ? report : emptyReport(item.site, item.at);
  if (item.kind === 'unknown')
    return {
      report: addUnknownThirdParty(current, item.host, item.at),
      drafts: [unknownDraft(item.site, item.host, item.at)],
    };
  if (item.kind === 'identity') {
    const drafts = item.ruleIds.flatMap((ruleId) => {
      const rule = ruleIndex.rules.get(ruleId);
      return item.labels.map((label): EntryDraft => ({
        kind: 'first_seen',
        at: item.at,
        site: item.site,
        ruleId,
        product: rule?.product,
        category: rule?.category,
        signalKind: 'identifier',
        signalValue: label,
        evidence: item.evidence,
        source: 'network',
        count: 1,
        firstAt: item.at,
        lastAt: item.at,
        ruleDbVersion: RULE_DB_VERSION,
      }));
    });
    return { report: addIdentifiedBy(current, item.ruleIds, item.labels), drafts };
  }
  if (item.kind === 'access') {
    if (item.granted) setGrantedAccess(current, item.granted, item.at);
    if (item.live) setLiveCapture(current, item.live, item.at);
    return { report: current, drafts: [] };
  }
  // In backfill mode only signals the report has not seen are new evidence; webRequest counted the rest.
  const fresh =
    item.mode === 'count'
      ? item.detections
      : item.detections.filter((d) => !current.findings[d.ruleId]?.signals.some((s) => s.value === signalValue(d)));
  return {
    report: addDetections(current, item.detections, item.at, item.mode),
    drafts: fresh.map((d) => draftFor(item.site, d, item.at)),
  };
}

/** Fold observations into the tab's report (one committed write) and return the evidence they produce. */
async function foldIntoReport(tabId: number, items: Observed[]): Promise<EntryDraft[]> {
  const drafts: EntryDraft[] = [];
  const declarations = await currentDeclarations();
  let written: TabReport | null = null;
  await writeTabReport(tabId, (stored) => {
    let report = stored;
    drafts.length = 0; // the updater runs once per write; start clean if it ever ran before
    for (const item of items) {
      const step = apply(report, item);
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
  forgetObservations(tabId, items);
  const report = written as TabReport | null;
  // Each finding's evidence says which declaration it was compared with, and the outcome.
  for (const draft of drafts) {
    const status = draft.ruleId ? report?.policy?.statuses[draft.ruleId] : undefined;
    if (report?.policy && status) {
      draft.declaration = declarationText(report.policy.declarationId, report.policy.label);
      draft.declared = toPersistedDeclared(status);
    }
  }
  void showTabState(tabId, tabState(report));
  return drafts;
}

/** Write what the tab has buffered now (resolves once written, or once a failed attempt is kept). */
export function flushTab(tabId: number): Promise<void> {
  return buffer.flush(tabId);
}
