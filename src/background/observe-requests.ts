// Observe-only webRequest listeners: never block, never modify. A navigation decides the tab's site
// (and resets its report when the site changes); every other request from an in-scope tab that the
// browser says a document of that site made (tab-documents.ts: not a leaving page's) is matched once and
// counted, or, when it matched nothing and goes to another registrable domain, kept as an unknown third
// party. onCompleted / onErrorOccurred say whether matched requests went out.
import { getDomain } from 'tldts';
import browser, { type WebRequest } from 'webextension-polyfill';
import { matchRequest, matchSplitRequest } from '../rules/match';
import type { RequestSource } from '../shared/attribution';
import { splitUrl } from '../core/url';
import { forgetShown } from './badge';
import { tabState } from './browser-tab-state';
import { recordDetections, recordOutcome, recordPageLoad, recordUnknownThirdParty } from './record';
import { bundledRuleIndex as ruleIndex } from '../rules/bundled';
import { siteInScope } from './scope';
import { forgetDocuments, requestBelongsTo } from './tab-documents';
import { rememberSite, siteOfTab } from './tab-sites';

const ALL_URLS = { urls: ['<all_urls>'] };

async function onNavigation(tabId: number, url: string, at: number): Promise<void> {
  const site = splitUrl(url)?.host;
  if (!site) return;
  rememberSite(tabId, site);
  forgetDocuments(tabId);
  // The browser resets the tab's toolbar button when the page commits, so nothing is set here (it would
  // be undone); the first write for the new page sets it, and personal sites keep the neutral default.
  forgetShown(tabId);
  if (!(await siteInScope(site))) {
    // Out of scope: nothing shown, nothing stored.
    await tabState.leaveScope(tabId);
    return;
  }
  await tabState.startPage(tabId, site, at);
  recordPageLoad(tabId, site, at);
}

async function onSubresource(details: WebRequest.OnBeforeRequestDetailsType): Promise<void> {
  const site = await siteOfTab(details.tabId);
  if (!site || !(await siteInScope(site)) || !requestBelongsTo(details.tabId, details, site)) return;
  // Split once; matching and the third-party check both read the parts.
  const split = splitUrl(details.url);
  if (!split) return;
  const detections = matchSplitRequest(ruleIndex, split);
  const at = Math.round(details.timeStamp);
  if (detections.length > 0) {
    recordDetections(details.tabId, site, detections, at);
    return;
  }
  if (isThirdParty(split.host, site)) recordUnknownThirdParty(details.tabId, site, split.host, at);
}

// The tab's site is the same for every request it makes: look its registrable domain up once.
const siteDomains = new Map<string, string>();
function isThirdParty(host: string, site: string): boolean {
  let siteDomain = siteDomains.get(site);
  if (siteDomain === undefined) {
    siteDomain = getDomain(site, { allowPrivateDomains: true }) ?? site;
    if (siteDomains.size > 1000) siteDomains.clear();
    siteDomains.set(site, siteDomain);
  }
  return (getDomain(host, { allowPrivateDomains: true }) ?? host) !== siteDomain;
}

browser.webRequest.onBeforeRequest.addListener((details) => {
  if (details.tabId < 0) return;
  const work =
    details.type === 'main_frame'
      ? onNavigation(details.tabId, details.url, details.timeStamp)
      : onSubresource(details);
  work.catch((error: unknown) => console.error('Sightline: could not record a request', error));
}, ALL_URLS);

function onOutcome(outcome: 'completed' | 'failed') {
  return (details: { tabId: number; url: string; type: string; timeStamp: number } & RequestSource) => {
    if (details.tabId < 0 || details.type === 'main_frame') return;
    const detections = matchRequest(ruleIndex, { url: details.url, type: 'other' });
    if (detections.length === 0) return;
    void siteOfTab(details.tabId).then(async (site) => {
      if (site && (await siteInScope(site)) && requestBelongsTo(details.tabId, details, site))
        recordOutcome(details.tabId, site, detections, outcome, Math.round(details.timeStamp));
    });
  };
}

// Outcomes matter only for requests to hosts in the rule database (and the vendors' own domains, whose
// contacts are findings too), so the browser is asked to send only those: every other request then
// costs the extension one event instead of two.
const RULE_HOSTS = {
  urls: [...ruleIndex.hosts.keys(), ...ruleIndex.vendorDomains.keys()].map((domain) => `*://*.${domain}/*`),
};
browser.webRequest.onCompleted.addListener(onOutcome('completed'), RULE_HOSTS);
browser.webRequest.onErrorOccurred.addListener(onOutcome('failed'), RULE_HOSTS);
