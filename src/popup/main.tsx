// Popup entry: find the active tab, read its detections from storage, render. Live updates arrive
// through storage events, not messages.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { readTabDetections, type TabDetections } from '../shared/tab-detections';
import { bundledRuleIndex } from '../rules/bundled';
import { TabView } from './tab-view';

async function show(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = Number(new URLSearchParams(location.search).get('tab') ?? tab?.id);
  const draw = (detections: TabDetections | null): void =>
    render(<TabView detections={detections} rules={bundledRuleIndex.rules} />, document.getElementById('app')!);
  draw(Number.isInteger(tabId) ? await readTabDetections(tabId) : null);
  browser.storage.session.onChanged.addListener(() => {
    if (Number.isInteger(tabId)) void readTabDetections(tabId).then(draw);
  });
}

void show();
