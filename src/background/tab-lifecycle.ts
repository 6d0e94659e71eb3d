// A closed tab's report is removed: the per-tab view must not turn into a browsing history. What the
// toolbar button last showed for it is forgotten too, so a long day of tabs does not grow the worker.
import browser from 'webextension-polyfill';
import { forgetShown } from './badge';
import { tabState } from './browser-tab-state';
import { forgetDocuments } from './tab-documents';
import { forgetSite } from './tab-sites';

browser.tabs.onRemoved.addListener((tabId) => {
  forgetSite(tabId);
  forgetDocuments(tabId);
  forgetShown(tabId);
  void tabState.closeTab(tabId);
});
