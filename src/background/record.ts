// One place where what was seen on a tab becomes state: the tab report (storage.session), the evidence
// log (IndexedDB) and the badge. Callers have already checked the tab is on an in-scope site.
import { RULE_DB_VERSION } from '../rules';
import type { EntryDraft } from '../evidence/entry';
import type { Detection } from '../shared/model';
import { recordEvidence } from '../shared/evidence-db';
import { addDetections, addUnknownThirdParty, emptyReport, signalValue } from '../shared/tab-report';
import { updateTabReport } from '../shared/tab-reports-store';
import { ruleIndex } from './rules';
import { updateBadge } from './badge';
import { maybeEnforceRetention } from './retention';

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

export async function recordDetections(tabId: number, site: string, detections: Detection[], at: number, mode: 'count' | 'backfill' = 'count'): Promise<void> {
  if (detections.length === 0) return;
  let added: Detection[] = detections;
  await updateTabReport(tabId, (report) => {
    const current = report && report.site === site ? report : emptyReport(site, at);
    if (mode === 'backfill') {
      // Only what the report has not seen yet is new evidence; the rest webRequest already counted.
      added = detections.filter((d) => !current.findings[d.ruleId]?.signals.some((s) => s.value === signalValue(d) && s.source === d.source));
    }
    return addDetections(current, detections, at, mode);
  });
  await Promise.all([recordEvidence(added.map((d) => draftFor(site, d, at))), updateBadge(tabId)]);
  void maybeEnforceRetention(at);
}

export async function recordUnknownThirdParty(tabId: number, site: string, host: string, at: number): Promise<void> {
  await updateTabReport(tabId, (report) => addUnknownThirdParty(report && report.site === site ? report : emptyReport(site, at), host, at));
  await recordEvidence([
    {
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
    },
  ]);
}
