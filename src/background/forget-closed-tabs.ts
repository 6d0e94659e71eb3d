// A closed tab's report is removed: the per-tab view must not turn into a browsing history.
import browser from 'webextension-polyfill';
import { forgetTab } from '../shared/tab-detections';

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
