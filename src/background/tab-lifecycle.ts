// A closed tab's report is removed: the per-tab view must not turn into a browsing history.
import browser from 'webextension-polyfill';
import { updateTabReport } from '../shared/tab-reports-store';
import { forgetDocuments } from './tab-documents';
import { forgetSite } from './tab-sites';

browser.tabs.onRemoved.addListener((tabId) => {
  forgetSite(tabId);
  forgetDocuments(tabId);
  void updateTabReport(tabId, () => null);
});
