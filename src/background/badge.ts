// Toolbar badge: the number of distinct monitoring products seen on the tab.
import browser from 'webextension-polyfill';
import { readTabDetections } from '../shared/tab-detections';

export async function updateBadge(tabId: number): Promise<void> {
  const detections = await readTabDetections(tabId);
  const count = detections ? Object.keys(detections.products).length : 0;
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' }).catch(() => undefined);
}
