// Page scans from the content scripts: untrusted input (schema-checked and size-limited by messaging).
// Script srcs and globals go through the page-signal matcher and are labelled page-reported; resource
// timing entries are requests the page made, matched like webRequest ones, to backfill what the
// listener missed while the worker was starting.
import { matchPageSignals, matchRequest } from '../rules/match';
import type { Handlers } from '../shared/messaging';
import { splitUrl } from '../shared/url';
import { recordDetections } from './record';
import { ruleIndex } from './rules';
import { siteInScope } from './scope';
import { rememberSite } from './tab-sites';

export const handlePageScan: Handlers['page-scan'] = async ({ scripts, resources, globals }, sender) => {
  const tabId = sender.tab?.id;
  const site = splitUrl(sender.tab?.url)?.host;
  if (tabId === undefined || !site || sender.frameId !== 0 || !(await siteInScope(site))) return { accepted: false };
  rememberSite(tabId, site);
  const at = Date.now();
  const pageReported = matchPageSignals(ruleIndex, globals, scripts);
  const requested = resources.flatMap((url) => matchRequest(ruleIndex, { url, type: 'other' }));
  recordDetections(tabId, site, pageReported, at);
  recordDetections(tabId, site, requested, at, 'backfill');
  return { accepted: true };
};
