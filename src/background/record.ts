// Where what was seen on a tab enters the background's state: each kind of observation, scrubbed of the
// worker's identifiers, handed to the tab-state owner (tab-state.ts), which buffers it, folds it into
// the tab report, appends its evidence and updates the badge. Callers have already checked the tab is on
// an in-scope site.
import type { Detection } from '../core/model';
import type { SiteAccessId } from '../shared/site-access';
import { tabState } from './browser-tab-state';
import { scrubEvidence } from './identity-needles';
import type { Observation } from './observations';

const observe = (tabId: number, observation: Observation): void => tabState.observe(tabId, observation);

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

/** A top-level page of the in-scope site loaded in the tab (counted in page loads, the unit people check). */
export function recordPageLoad(tabId: number, site: string, at: number): void {
  observe(tabId, { kind: 'page', site, at });
}
