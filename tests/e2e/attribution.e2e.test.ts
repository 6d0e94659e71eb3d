// A tab moving from a noisy personal page to a work site: the leaving page's timers and pagehide beacons
// run under the same tab id after the navigation has started. None of them may reach the work site's
// report or the evidence log; the work page's own requests still do.
import { expect, it } from 'vitest';
import type { FixtureServer } from '../fixtures/server';
import { eventually, readLogEntries, readReport, settled, tabIdOf, WORK_SITE, type Launched } from './browser';
import { useObservedBrowser } from './session';

let browser: Launched;
let server: FixtureServer;
useObservedBrowser((session) => {
  ({ browser, server } = session);
});

it("records nothing of the personal page the tab is leaving, and the work page's own traffic as usual", async () => {
  const page = await browser.context.newPage();
  await page.goto('https://news.example/noisy.html');
  await page.waitForTimeout(300);
  // A slow work site, as over a real network: the leaving page keeps talking for longer.
  server.setLatency(400);
  try {
    await page.goto(`${WORK_SITE}/`);
  } finally {
    server.setLatency(0);
  }
  const tabId = (await tabIdOf(browser, `${WORK_SITE}/`))!;
  await eventually('the work page findings', async () => (await readReport(browser, tabId))?.findings.pendo, 20_000);
  // The leaving page's requests did happen: the test is only meaningful if they reached the browser.
  expect(server.log.some((r) => r.host === 'online.bank.example')).toBe(true);
  expect(server.log.some((r) => r.path.startsWith('/rec/planted'))).toBe(true);

  const report = await settled(() => readReport(browser, tabId));
  const log = await settled(() => readLogEntries(browser));
  const stored = JSON.stringify({ report, log });
  expect(stored).not.toContain('planted');
  expect(stored).not.toContain('bank.example');
  expect(stored).not.toContain('dating.example');
  expect(report!.findings.fullstory!.signals.map((s) => s.evidence)).toContain('https://rs.fullstory.com/rec/page');
  await page.close();
}, 60_000);
