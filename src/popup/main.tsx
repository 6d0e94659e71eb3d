// Popup entry. Shows the report for the active tab (or for ?tab=N, when the popup is opened as a page
// for a given tab). Live state arrives through storage change events, never through messages.
import './timing-start';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { ruleCatalog } from '../rules/bundled-catalog';
import { platformFeatures } from '../rules/bundled-features';
import { settingsItem } from '../shared/settings';
import { readTabReport, tabReportKey } from '../shared/tab-reports-store';
import { splitUrl } from '../core/url';
import { Popup } from './popup';

// Firefox only (feature-detected, as the background does): a page's certificate chain can be read.
const tlsCheckAvailable =
  typeof (browser.webRequest as { getSecurityInfo?: unknown } | undefined)?.getSecurityInfo === 'function';

async function activeTab(): Promise<{ id?: number; url?: string }> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested).catch(() => ({}));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? {};
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const settingsRead = settingsItem.get();
  const tab = await activeTab();
  const site = splitUrl(tab.url)?.host;
  let firstDraw = true;
  const draw = async (): Promise<void> => {
    const [report, settings] = await Promise.all([
      tab.id === undefined ? null : readTabReport(browser.storage.session, tab.id),
      firstDraw ? settingsRead : settingsItem.get(),
    ]);
    firstDraw = false;
    render(
      <Popup
        report={report}
        site={site}
        settings={settings}
        rules={ruleCatalog}
        features={platformFeatures}
        tlsCheckAvailable={tlsCheckAvailable}
      />,
      root,
    );
  };
  await draw();
  // User Timing mark for `npm run bench:page` (popup first render); visible only in developer tools.
  performance.mark('sightline-popup-rendered');
  performance.measure('sightline-popup-render', 'sightline-popup-start', 'sightline-popup-rendered');
  browser.storage.session.onChanged.addListener((changes) => {
    if (tab.id !== undefined && tabReportKey(tab.id) in changes) void draw();
  });
  settingsItem.watch(() => void draw());
}

void start();
