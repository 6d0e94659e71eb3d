// The page hooks in real Chromium: registered for work sites only, they notice the camera, microphone,
// location and clipboard, and a monitoring script's keystroke listener (not the app's own), show them in
// the popup as page-reported, log the product's use, and leave the hooked functions looking native.
import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, extensionProbe, openPopupFor, readLogEntries, readReport, tabIdOf, WORK_SITE, type Launched, type ReportShape } from './browser';
import { useObservedBrowser } from './session';

let browser: Launched;
useObservedBrowser((session) => {
  ({ browser } = session);
});

const MEETING = `${WORK_SITE}/sites/team/meeting.html`;

describe('browser API use on a work app', () => {
  let tabId: number;
  let report: ReportShape;

  beforeAll(async () => {
    const page = await browser.context.newPage();
    await page.goto(MEETING);
    await page.waitForSelector('text=Joined');
    tabId = (await tabIdOf(browser, MEETING))!;
    report = await eventually('the API uses', async () => {
      const r = await readReport(browser, tabId);
      return r?.apis && ['camera', 'microphone', 'location', 'clipboard_read', 'keystrokes'].every((id) => r.apis![id]) ? r : undefined;
    }, 15_000);
  }, 30_000);

  it('notices each API, with its calling script, and keystroke listeners only from the monitoring script', () => {
    expect(Object.keys(report.apis!).sort()).toEqual(['camera', 'clipboard_read', 'keystrokes', 'location', 'microphone']);
    expect(report.apis!.camera!.callers).toEqual([MEETING]);
    // Two listeners by Hotjar's stand-in (document keydown, window keyup); the app's own one is not counted.
    expect(report.apis!.keystrokes).toMatchObject({ count: 2, callers: ['https://static.hotjar.com/c/keys-fixture.js'], products: ['hotjar'] });
  });

  it('shows them in the popup as page-reported, naming the product', async () => {
    const popup = await openPopupFor(browser, tabId);
    const section = popup.getByTestId('api-uses');
    expect(await section.getByTestId('api-camera').textContent()).toContain('Your camera');
    expect(await section.getByTestId('api-keystrokes').textContent()).toContain('by Hotjar');
    expect(await section.getByTestId('api-keystrokes').textContent()).toContain('Page-reported');
    await popup.close();
  });

  it("writes the monitoring product's use into the evidence log", async () => {
    const entries = await eventually('the keystroke evidence', async () => {
      const all = (await readLogEntries(browser)).filter((e) => e.signalKind === 'browser_api');
      return all.length > 0 ? all : undefined;
    });
    expect(entries).toEqual([expect.objectContaining({ ruleId: 'hotjar', signalValue: 'keystrokes', evidence: 'https://static.hotjar.com/c/keys-fixture.js', source: 'page' })]);
  });

  it('leaves the hooked functions looking and behaving like the originals', async () => {
    const page = await browser.context.newPage();
    await page.goto(MEETING);
    const looks = await page.evaluate(() => {
      const fns: [string, (...args: never[]) => unknown][] = [
        ['getUserMedia', MediaDevices.prototype.getUserMedia],
        ['getCurrentPosition', Geolocation.prototype.getCurrentPosition],
        ['readText', Clipboard.prototype.readText],
        ['addEventListener', EventTarget.prototype.addEventListener],
        ['toString', Function.prototype.toString],
      ];
      return fns.map(([name, fn]) => ({ name, source: Function.prototype.toString.call(fn), string: String(fn), fnName: fn.name, length: fn.length, hasPrototype: 'prototype' in fn }));
    });
    for (const look of looks) {
      expect(look).toEqual({ name: look.name, source: `function ${look.name}() { [native code] }`, string: `function ${look.name}() { [native code] }`, fnName: look.name, length: look.length, hasPrototype: false });
    }
    expect(looks.find((l) => l.name === 'addEventListener')!.length).toBe(2);
    // Behaviour: a listener added through the hook still fires.
    expect(await page.evaluate(() => new Promise((resolve) => { document.addEventListener('keydown', () => resolve('fired'), { once: true }); document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })); }))).toBe('fired');
    await page.close();
  });

  it('is registered for work sites only, and follows the work scope', async () => {
    const probe = await extensionProbe(browser);
    const matches = () => probe.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches ?? []);
    expect(await matches()).toContain('*://*.sharepoint.com/*');
    expect(await matches()).not.toContain('*://*.news.example/*');
    await probe.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { version: 1, allSites: false, retentionDays: 365, ...(settings ?? {}), userDomains: ['news.example'] } });
    });
    await eventually('news.example to get the hooks', async () => (await matches()).includes('*://*.news.example/*'));
    await probe.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), userDomains: [] } });
    });
    await eventually('news.example to lose the hooks', async () => !(await matches()).includes('*://*.news.example/*'));
  });
});
