// Which site (top-level host) each tab shows. A memory cache in front of the tab report in
// storage.session and, failing that, tabs.get: after a worker restart the cache is empty, not wrong.
import browser from 'webextension-polyfill';
import { splitUrl } from '../core/url';
import { tabState } from './browser-tab-state';

const sites = new Map<number, string>();

export function rememberSite(tabId: number, site: string): void {
  sites.set(tabId, site);
}

export function forgetSite(tabId: number): void {
  sites.delete(tabId);
}

export async function siteOfTab(tabId: number): Promise<string | undefined> {
  const cached = sites.get(tabId);
  if (cached) return cached;
  const site =
    (await tabState.siteOf(tabId)) ?? splitUrl((await browser.tabs.get(tabId).catch(() => undefined))?.url)?.host;
  if (site) sites.set(tabId, site);
  return site;
}
