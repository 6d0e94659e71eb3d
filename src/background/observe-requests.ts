// Observe-only webRequest listener: never blocks, never modifies. Each request from a tab is normalised
// into an Observation, matched, and counted against the tab's top-level site.
import browser from 'webextension-polyfill';
import { matchRequest } from '../rules/match';
import { observationFromRequest } from '../shared/observation';
import { splitUrl } from '../shared/url';
import { ruleIndex } from './rules';
import { recordDetections } from '../shared/tab-detections';
import { updateBadge } from './badge';

browser.webRequest.onBeforeRequest.addListener(
  (details) => {
    if (details.tabId < 0) return;
    const observation = observationFromRequest(details);
    const detections = matchRequest(ruleIndex, observation);
    if (detections.length === 0) return;
    void (async () => {
      const tab = await browser.tabs.get(details.tabId).catch(() => null);
      const site = splitUrl(tab?.url ?? details.documentUrl ?? details.initiator)?.host;
      if (!site) return;
      await recordDetections(details.tabId, site, detections, details.timeStamp);
      await updateBadge(details.tabId);
    })();
  },
  { urls: ['<all_urls>'] },
);
