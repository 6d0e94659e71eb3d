// MV3 can stop the service worker at any moment. Stopping it mid-session must lose no finding and no
// log entry, and the restarted worker must carry on recording into the same report.
import { expect, it } from 'vitest';
import { useObservedBrowser } from './session';
import {
  eventually,
  readLogEntries,
  readReport,
  readyToStopServiceWorker,
  serviceWorkerStatus,
  settled,
  stopServiceWorker,
  tabIdOf,
  WORK_SITE,
  type Launched,
} from './browser';

let browser: Launched;

useObservedBrowser((session) => {
  ({ browser } = session);
});

it('keeps every finding and log entry across a service-worker stop, and records after the restart', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${WORK_SITE}/`);
  const tabId = (await tabIdOf(browser, `${WORK_SITE}/*`))!;
  await eventually('findings before the stop', async () => {
    const report = await readReport(browser, tabId);
    return report && ['fullstory', 'hotjar', 'pendo', 'microsoft-1ds-telemetry'].every((id) => report.findings[id]);
  });
  // What was recorded by the time the worker stops must all still be there afterwards.
  const before = (await settled(() => readReport(browser, tabId)))!;
  const logBefore = await readLogEntries(browser);
  expect(logBefore.length).toBeGreaterThanOrEqual(4);

  await stopServiceWorker(browser);

  // While the worker is stopped, storage still holds everything.
  expect((await readReport(browser, tabId))!.findings).toEqual(before.findings);

  // The next request wakes a fresh worker (fresh globals), which must attribute it to the same report.
  await page.click('text=Team news');
  const after = await eventually('clarity recorded after the restart', async () => {
    const report = await readReport(browser, tabId);
    return report?.findings['microsoft-clarity'] ? report : undefined;
  });
  for (const [id, finding] of Object.entries(before.findings)) {
    expect(after.findings[id], id).toBeDefined();
    expect(after.findings[id]!.count).toBeGreaterThanOrEqual(finding.count);
  }
  expect(await serviceWorkerStatus(browser)).toBe('RUNNING');
  const logAfter = await readLogEntries(browser);
  const seqsAfter = new Set(logAfter.map((e) => e.seq));
  expect(logBefore.every((e) => seqsAfter.has(e.seq))).toBe(true);
  expect(logAfter.some((e) => e.ruleId === 'microsoft-clarity')).toBe(true);
  await page.close();
});

it('loses nothing observed in the second before the worker stops', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${WORK_SITE}/`);
  const tabId = (await tabIdOf(browser, `${WORK_SITE}/*`))!;
  await settled(() => readReport(browser, tabId));
  const internals = await readyToStopServiceWorker(browser);
  try {
    // A product this page never loads, requested and then the worker stopped at once: the observation
    // is still in the one-second buffer (the request's failure does not matter, only that it was made).
    await page.evaluate(() => fetch('https://cdn.lr-in.com/logger.min.js', { mode: 'no-cors' }).catch(() => undefined));
    await internals.stop();
  } finally {
    await internals.close();
  }
  // Any event wakes a fresh worker, which puts back what the stopped one had not written.
  await page.evaluate(() => fetch('/favicon.ico').catch(() => undefined));
  await eventually(
    'logrocket in the report after the restart',
    async () => (await readReport(browser, tabId))?.findings.logrocket,
  );
  await eventually('logrocket in the log after the restart', async () =>
    (await readLogEntries(browser)).some((e) => e.ruleId === 'logrocket'),
  );
  // Counted once, though the stopped worker kept a copy.
  expect((await settled(() => readReport(browser, tabId)))!.findings.logrocket!.count).toBe(1);
  await page.close();
});
