// A tab moving from a noisy personal page to a work site, in Chromium and in Firefox (each-browser.ts):
// the leaving page's timers and pagehide beacons run under the same tab id after the navigation has
// started. None of them may reach the work site's report or the evidence log; the work page's own
// requests still do. Launches Firefox: run under `flock /tmp/sightline-ports.lock`.
import { beforeAll, expect, it } from 'vitest';
import { eventually, settled, WORK_SITE } from './browser';
import { newestTabAt, reportWhen, type ObservedSession } from './driver';
import { forEachBrowser } from './each-browser';

forEachBrowser('a tab leaving a personal page for the work app', (session) => {
  let browser: ObservedSession['browser'];
  let server: ObservedSession['server'];
  beforeAll(() => {
    ({ browser, server } = session());
  });

  it("records nothing of the personal page the tab is leaving, and the work page's own traffic as usual", async () => {
    const page = await browser.newPage();
    await page.goto('https://news.example/noisy.html');
    // The personal page is talking before the tab leaves it (on a busy machine its timer can start late).
    await eventually('the personal page to talk', async () => server.log.some((r) => r.host === 'online.bank.example'));
    // A slow work site, as over a real network: the leaving page keeps talking for longer.
    server.setLatency(400);
    const work = `${WORK_SITE}/?from=news`;
    try {
      await page.goto(work);
    } finally {
      server.setLatency(0);
    }
    const tabId = await newestTabAt(browser, work);
    await reportWhen(browser, tabId, 'the work page findings', (r) => r.findings.pendo);
    // The leaving page's requests did happen: the test is only meaningful if they reached the browser.
    expect(server.log.some((r) => r.host === 'online.bank.example')).toBe(true);
    expect(server.log.some((r) => r.path.startsWith('/rec/planted'))).toBe(true);

    const report = await settled(() => browser.readReport(tabId));
    const log = await settled(() => browser.readLogEntries());
    const stored = JSON.stringify({ report, log });
    expect(stored).not.toContain('planted');
    expect(stored).not.toContain('bank.example');
    expect(stored).not.toContain('dating.example');
    expect(report!.findings.fullstory!.signals.map((s) => s.evidence)).toContain('https://rs.fullstory.com/rec/page');
    await page.close();
  }, 60_000);
});
