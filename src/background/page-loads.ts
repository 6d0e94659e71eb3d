// Which tabs are loading a page right now (tabs.onUpdated status), so writes that can wait do not land
// in the middle of a page load: every storage and toolbar call is browser work the page waits behind.
import browser from 'webextension-polyfill';

const loading = new Set<number>();

export function pageLoading(): boolean {
  return loading.size > 0;
}

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') loading.add(tabId);
  else if (change.status === 'complete') loading.delete(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void loading.delete(tabId));
