// What Sightline saw on one tab, since the tab last moved to another site. Pure: the schema and the
// functions that fold detections into a report. Stored in storage.session by tab-reports-store.ts.
import { z } from 'zod';
import type { Detection } from './model';

export const MAX_SIGNALS_PER_FINDING = 20;
export const MAX_UNKNOWN_HOSTS = 200;

const Seen = { count: z.number().int().nonnegative(), first: z.number(), last: z.number() };

export const SignalSeen = z.object({
  kind: z.enum(['host', 'global', 'script_src', 'extension_id']),
  /** The rule's signal that matched: "rs.fullstory.com", "app.pendo.io/data/*", "window.pendo". */
  value: z.string(),
  /** Redacted evidence: URL without query or fragment, or the global's name. */
  evidence: z.string(),
  source: z.enum(['network', 'page', 'browser']),
  ...Seen,
  /** Requests that completed / failed (network signals only): whether the data went out. */
  completed: z.number().int().nonnegative().default(0),
  failed: z.number().int().nonnegative().default(0),
});
export type SignalSeen = z.infer<typeof SignalSeen>;

export const Finding = z.object({ ruleId: z.string(), ...Seen, signals: z.array(SignalSeen) });
export type Finding = z.infer<typeof Finding>;

export const TabReport = z.object({
  version: z.literal(1),
  /** Host of the tab's top-level page. */
  site: z.string(),
  startedAt: z.number(),
  findings: z.record(z.string(), Finding),
  unknownThirdParties: z.record(z.string(), z.object(Seen)),
});
export type TabReport = z.infer<typeof TabReport>;

export function emptyReport(site: string, at: number): TabReport {
  return { version: 1, site, startedAt: at, findings: {}, unknownThirdParties: {} };
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
    const finding = (report.findings[detection.ruleId] ??= { ruleId: detection.ruleId, count: 0, first: at, last: at, signals: [] });
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
    const signal = report.findings[detection.ruleId]?.signals.find((s) => s.value === value && s.source === 'network');
    if (signal) signal[outcome]++;
  }
  return report;
}

export function addUnknownThirdParty(report: TabReport, host: string, at: number): TabReport {
  const seen = report.unknownThirdParties[host];
  if (seen) {
    seen.count++;
    seen.last = Math.max(seen.last, at);
  } else if (Object.keys(report.unknownThirdParties).length < MAX_UNKNOWN_HOSTS) {
    report.unknownThirdParties[host] = { count: 1, first: at, last: at };
  }
  return report;
}
