// What Sightline saw on one tab, since the tab last moved to another site. Pure: the schema and the
// functions that fold detections into a report. Kept in storage.session: read through
// tab-reports-store.ts, written only by the background's tab-state owner (background/tab-state.ts).
import type { SiteAccessId } from './site-access';
import type { Detection } from '../core/model';
import { nullRecord, own, setOwn } from '../core/own';
import type { Finding, TabReport } from './tab-report-schema';

export { Finding, PolicyComparison, SignalSeen, SiteAccess, TabReport, TlsCheck } from './tab-report-schema';

export const MAX_SIGNALS_PER_FINDING = 20;
export const MAX_UNKNOWN_HOSTS = 200;

// Keys of a report's records come from pages (hosts) and from the rule database; every record has no
// prototype (here and when parsed back from storage), and is read only through `own`, so a key such as
// "constructor" or "__proto__" is an ordinary key and never reaches Object.prototype (issue 13).
export function emptyReport(site: string, at: number): TabReport {
  return { version: 1, site, startedAt: at, findings: nullRecord(), unknownThirdParties: nullRecord() };
}

/** The permissions the site holds, as just read (mutates and returns the report). */
export function setGrantedAccess(report: TabReport, granted: readonly SiteAccessId[], at: number): TabReport {
  report.access = { ...report.access, granted: [...granted], at };
  return report;
}

/** What the browser says the tab is capturing now (Firefox; mutates and returns the report). */
export function setLiveCapture(report: TabReport, live: readonly SiteAccessId[], at: number): TabReport {
  report.access = { granted: report.access?.granted ?? [], at: report.access?.at ?? at, live: [...live] };
  return report;
}

/** Note on each finding which identifiers (as "kind:form") a request to it carried (mutates and returns). */
export function addIdentifiedBy(report: TabReport, ruleIds: readonly string[], labels: readonly string[]): TabReport {
  for (const ruleId of ruleIds) {
    const finding = own(report.findings, ruleId);
    if (!finding) continue;
    const known = (finding.identifiedBy ??= []);
    for (const label of labels) if (!known.includes(label)) known.push(label);
  }
  return report;
}

export function signalValue(detection: Detection): string {
  const s = detection.signal;
  switch (s.kind) {
    case 'host':
      return s.path ? `${s.domain}${s.path}` : s.domain;
    case 'vendor_domain':
      return s.domain;
    case 'global':
      return `window.${s.name}`;
    case 'script_src':
      return s.pattern;
    case 'extension_id':
      return s.id;
  }
}

/** One more page load of the report's site (mutates and returns the report). */
export function addPageLoad(report: TabReport): TabReport {
  report.pageLoads = (report.pageLoads ?? 0) + 1;
  return report;
}

/**
 * Count detections into the report (mutates and returns it). mode "backfill" is for page readings of
 * what webRequest may already have counted: they add only signals whose value was not yet seen from any
 * source, so a request seen on the network and again in the page's timing list counts once.
 */
/** The product is seen on the current page load: counted once per load (reports from before loads were counted count none). */
function countPageLoad(report: TabReport, finding: Finding): void {
  const load = report.pageLoads ?? 0;
  if (load === 0 || finding.lastLoad === load) return;
  finding.pageLoads = (finding.pageLoads ?? 0) + 1;
  finding.lastLoad = load;
}

/** A detection read from the tab's current document (page scans), which alone vouch for a page load. */
export const isPageReading = (detection: Pick<Detection, 'source'>): boolean =>
  detection.source === 'page' || detection.source === 'page_timing';

/** The products whose page-load count this load has not yet counted. */
export function uncountedThisLoad(report: TabReport, ruleIds: readonly string[]): string[] {
  const load = report.pageLoads ?? 0;
  return load === 0 ? [] : ruleIds.filter((id) => own(report.findings, id)?.lastLoad !== load);
}

export function addDetections(
  report: TabReport,
  detections: readonly Detection[],
  at: number,
  mode: 'count' | 'backfill' = 'count',
): TabReport {
  for (const detection of detections) {
    const finding =
      own(report.findings, detection.ruleId) ??
      (report.findings[detection.ruleId] = { ruleId: detection.ruleId, count: 0, first: at, last: at, signals: [] });
    // Seen on this page load, whether or not the signal is new to the report. Only a reading of the page
    // itself (its scripts, its own list of what it fetched) says so: a network request can be the leaving
    // page's beacon, sent under the same tab and site while the next page loads.
    if (isPageReading(detection)) countPageLoad(report, finding);
    const value = signalValue(detection);
    if (mode === 'backfill' && finding.signals.some((s) => s.value === value)) continue;
    let signal = finding.signals.find((s) => s.value === value && s.source === detection.source);
    if (!signal) {
      if (finding.signals.length >= MAX_SIGNALS_PER_FINDING) {
        finding.count++;
        finding.last = Math.max(finding.last, at);
        continue;
      }
      signal = {
        kind: detection.signal.kind,
        value,
        evidence: detection.evidence,
        source: detection.source,
        count: 0,
        first: at,
        last: at,
        completed: 0,
        failed: 0,
      };
      finding.signals.push(signal);
    }
    signal.count++;
    signal.last = Math.max(signal.last, at);
    finding.count++;
    finding.first = Math.min(finding.first, at);
    finding.last = Math.max(finding.last, at);
  }
  return report;
}

/** Record whether matched requests went out (onCompleted) or failed (onErrorOccurred). */
export function addOutcomes(
  report: TabReport,
  detections: readonly Detection[],
  outcome: 'completed' | 'failed',
): TabReport {
  for (const detection of detections) {
    const value = signalValue(detection);
    const signal = own(report.findings, detection.ruleId)?.signals.find(
      (s) => s.value === value && s.source === 'network',
    );
    if (signal) signal[outcome]++;
  }
  return report;
}

export function addUnknownThirdParty(report: TabReport, host: string, at: number): TabReport {
  const hosts = report.unknownThirdParties;
  const seen = own(hosts, host);
  if (seen) {
    seen.count++;
    seen.last = Math.max(seen.last, at);
  } else if (Object.keys(hosts).length < MAX_UNKNOWN_HOSTS) {
    setOwn(hosts, host, { count: 1, first: at, last: at });
  } else {
    // The list is full: the request is still counted, so the popup says some hosts are not listed.
    report.unlistedUnknownRequests = (report.unlistedUnknownRequests ?? 0) + 1;
  }
  return report;
}
