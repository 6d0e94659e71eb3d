// What Sightline saw on one tab, since the tab last moved to another site. Pure: the schema and the
// functions that fold detections into a report. Stored in storage.session by tab-reports-store.ts.
import type { BrowserApiId } from './browser-apis';
import type { Detection } from './model';
import { nullRecord, own, setOwn } from './own';
import type { TabReport } from './tab-report-schema';

export { Finding, PolicyComparison, SignalSeen, TabReport, TlsCheck } from './tab-report-schema';

export const MAX_SIGNALS_PER_FINDING = 20;
export const MAX_UNKNOWN_HOSTS = 200;

// Keys of a report's records come from pages (hosts) and from the rule database; every record has no
// prototype (here and when parsed back from storage), and is read only through `own`, so a key such as
// "constructor" or "__proto__" is an ordinary key and never reaches Object.prototype (issue 13).
export function emptyReport(site: string, at: number): TabReport {
  return { version: 1, site, startedAt: at, findings: nullRecord(), unknownThirdParties: nullRecord() };
}

export const MAX_API_CALLERS = 10;

/** One noticed use: the API, the calling script (redacted, or ""), the products it belongs to, how often. */
export interface NoticedApiUse {
  api: BrowserApiId;
  caller: string;
  products: string[];
  count: number;
}

/** Count API uses into the report (mutates and returns it). */
export function addApiUses(report: TabReport, uses: readonly NoticedApiUse[], at: number): TabReport {
  const apis = (report.apis ??= nullRecord());
  for (const use of uses) {
    const entry = own(apis, use.api) ?? (apis[use.api] = { count: 0, first: at, last: at, callers: [], products: [] });
    entry.count += use.count;
    entry.last = Math.max(entry.last, at);
    if (!entry.callers.includes(use.caller) && entry.callers.length < MAX_API_CALLERS) entry.callers.push(use.caller);
    for (const product of use.products) if (!entry.products.includes(product)) entry.products.push(product);
  }
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
    case 'global':
      return `window.${s.name}`;
    case 'script_src':
      return s.pattern;
    case 'extension_id':
      return s.id;
  }
}

/**
 * Count detections into the report (mutates and returns it). mode "backfill" is for page scans of
 * resources webRequest may already have counted: they add only signals not yet seen.
 */
export function addDetections(report: TabReport, detections: readonly Detection[], at: number, mode: 'count' | 'backfill' = 'count'): TabReport {
  for (const detection of detections) {
    const finding = own(report.findings, detection.ruleId) ?? (report.findings[detection.ruleId] = { ruleId: detection.ruleId, count: 0, first: at, last: at, signals: [] });
    const value = signalValue(detection);
    let signal = finding.signals.find((s) => s.value === value && s.source === detection.source);
    if (signal && mode === 'backfill') continue;
    if (!signal) {
      if (finding.signals.length >= MAX_SIGNALS_PER_FINDING) {
        finding.count++;
        finding.last = Math.max(finding.last, at);
        continue;
      }
      signal = { kind: detection.signal.kind, value, evidence: detection.evidence, source: detection.source, count: 0, first: at, last: at, completed: 0, failed: 0 };
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
export function addOutcomes(report: TabReport, detections: readonly Detection[], outcome: 'completed' | 'failed'): TabReport {
  for (const detection of detections) {
    const value = signalValue(detection);
    const signal = own(report.findings, detection.ruleId)?.signals.find((s) => s.value === value && s.source === 'network');
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
  }
  return report;
}
