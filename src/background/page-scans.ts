// Handles page scans from the content script: untrusted input, already schema-checked by messaging.
// Script srcs go through the page-signal matcher (labelled page-reported); resource timing entries are
// requests the page made, matched like webRequest ones, to fill the gap before the listener was live.
import { matchPageSignals, matchRequest } from '../rules/match';
import { handleMessages } from '../shared/messaging';
import { splitUrl } from '../shared/url';
import { updateBadge } from './badge';
import { ruleIndex } from './rules';
import { recordDetections } from '../shared/tab-detections';

handleMessages({
  'page-scan': async ({ scripts, resources }, sender) => {
    const tabId = sender.tab?.id;
    const site = splitUrl(sender.tab?.url)?.host;
    if (tabId === undefined || !site || sender.frameId !== 0) return { accepted: false };
    const detections = [
      ...matchPageSignals(ruleIndex, [], scripts),
      ...resources.flatMap((url) => matchRequest(ruleIndex, { url, type: 'other' })),
    ];
    if (detections.length > 0) {
      await recordDetections(tabId, site, detections, Date.now(), 'backfill');
      await updateBadge(tabId);
    }
    return { accepted: true };
  },
});
