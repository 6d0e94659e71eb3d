// Page scans from the content scripts: untrusted input (schema-checked and size-limited by messaging).
// Script srcs and globals go through the page-signal matcher and are labelled page-reported; resource
// timing entries are requests the page made, matched like webRequest ones, to backfill what the
// listener missed while the worker was starting.
import { matchPageSignals, matchRequest } from '../rules/match';
import { needsKnownCaller } from '../shared/browser-apis';
import type { MessageRequest } from '../shared/messages';
import type { Handlers } from '../shared/messaging';
import type { NoticedApiUse } from '../shared/tab-report';
import { redactUrl, splitUrl } from '../shared/url';
import { recordApiUses, recordDetections } from './record';
import { ruleIndex } from './rules';
import { siteInScope } from './scope';
import { rememberSite } from './tab-sites';

/** Which monitoring products a calling script belongs to: by its host and path, or a self-hosted copy's name. */
function productsOf(caller: string): string[] {
  if (!caller) return [];
  const byRequest = matchRequest(ruleIndex, { url: caller, type: 'script' }).map((d) => d.ruleId);
  const byScriptName = matchPageSignals(ruleIndex, [], [caller]).map((d) => d.ruleId);
  return [...new Set([...byRequest, ...byScriptName])];
}

/** The hooks' reports, made safe: callers redacted to origin + path, keystroke listeners only from known products. */
function noticedUses(apis: MessageRequest<'page-scan'>['apis']): NoticedApiUse[] {
  return apis.flatMap(({ api, caller, count }) => {
    const split = splitUrl(caller);
    const redacted = split ? redactUrl(split) : '';
    const products = productsOf(redacted);
    if (needsKnownCaller(api) && products.length === 0) return [];
    return [{ api, caller: redacted, products, count }];
  });
}

export const handlePageScan: Handlers['page-scan'] = async ({ scripts, resources, globals, apis }, sender) => {
  const tabId = sender.tab?.id;
  const site = splitUrl(sender.tab?.url)?.host;
  if (tabId === undefined || !site || sender.frameId !== 0 || !(await siteInScope(site))) return { accepted: false };
  rememberSite(tabId, site);
  const at = Date.now();
  const pageReported = matchPageSignals(ruleIndex, globals, scripts);
  const requested = resources.flatMap((url) => matchRequest(ruleIndex, { url, type: 'other' }));
  recordDetections(tabId, site, pageReported, at);
  recordDetections(tabId, site, requested, at, 'backfill');
  recordApiUses(tabId, site, noticedUses(apis), at);
  return { accepted: true };
};
