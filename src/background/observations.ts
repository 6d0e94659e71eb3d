// What the background sees on a tab, and how one observation changes the tab report: pure functions the
// tab-state owner (tab-state.ts) folds observations with. Each returns the report it becomes and the
// evidence drafts the observation produces; nothing here writes anything.
import { RULE_DB_VERSION } from '../rules/version';
import { PAGE_LOAD, type EntryDraft } from '../evidence/log/entry';
import type { Detection } from '../core/model';
import type { SiteAccessId } from '../shared/site-access';
import {
  addDetections,
  addIdentifiedBy,
  addOutcomes,
  addPageLoad,
  addUnknownThirdParty,
  emptyReport,
  setGrantedAccess,
  setLiveCapture,
  signalValue,
  isPageReading,
  uncountedThisLoad,
  type TabReport,
} from '../shared/tab-report';
import { bundledRuleIndex as ruleIndex } from '../rules/bundled';

export type Observation =
  | { kind: 'detections'; site: string; at: number; detections: Detection[]; mode: 'count' | 'backfill' }
  | { kind: 'unknown'; site: string; at: number; host: string }
  | { kind: 'outcome'; site: string; at: number; detections: Detection[]; outcome: 'completed' | 'failed' }
  | { kind: 'access'; site: string; at: number; granted?: SiteAccessId[]; live?: SiteAccessId[] }
  | { kind: 'identity'; site: string; at: number; ruleIds: string[]; labels: string[]; evidence: string }
  /** A top-level page of the site loaded in the tab: buffered in order with what the page then sends. */
  | { kind: 'page'; site: string; at: number };
/** Each observation has an id, which orders it and names its copy in storage.session. */
export type Observed = Observation & { id: number };

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

/** The product was seen on one more page load of the site (a stream of its own: see entry.ts PAGE_LOAD). */
function pageLoadDraft(site: string, detection: Detection, at: number): EntryDraft {
  const ruleId = detection.ruleId;
  const rule = ruleIndex.rules.get(ruleId);
  return {
    kind: 'first_seen',
    at,
    site,
    ruleId,
    product: rule?.product,
    category: rule?.category,
    signalKind: PAGE_LOAD,
    signalValue: PAGE_LOAD,
    evidence: site,
    // A page reading (tab-report.ts isPageReading): page-reported, so it never makes a product "observed".
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

function identityDrafts(item: Extract<Observation, { kind: 'identity' }>): EntryDraft[] {
  return item.ruleIds.flatMap((ruleId) => {
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
}

/** Apply one observation to the report; returns evidence drafts it produces. */
export function applyObservation(
  report: TabReport | null,
  item: Observation,
): { report: TabReport | null; drafts: EntryDraft[] } {
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
  if (item.kind === 'identity')
    return { report: addIdentifiedBy(current, item.ruleIds, item.labels), drafts: identityDrafts(item) };
  if (item.kind === 'page') return { report: addPageLoad(current), drafts: [] };
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
  const readings = item.detections.filter(isPageReading);
  const newLoads = new Set(uncountedThisLoad(current, [...new Set(readings.map((d) => d.ruleId))]));
  /** The first reading of each product newly seen on this load. */
  const firstOfLoad = readings.filter((d) => newLoads.delete(d.ruleId));
  return {
    report: addDetections(current, item.detections, item.at, item.mode),
    drafts: [
      ...fresh.map((d) => draftFor(item.site, d, item.at)),
      ...firstOfLoad.map((d) => pageLoadDraft(item.site, d, item.at)),
    ],
  };
}
