// Issue 13: a work page requests hosts named like object properties ("__proto__", "constructor", ...).
// None may pollute Object.prototype in the service worker, and the log must keep working afterwards:
// a later vendor request is still recorded, and an extension page can still flush the log for export.
/// <reference types="chrome" />
import { expect, it } from 'vitest';
import type { FixtureServer } from '../fixtures/server';
import { useObservedBrowser } from './session';
import { eventually, extensionProbe, readLogEntries, readReport, tabIdOf, WORK_SITE, type Launched } from './browser';

let server: FixtureServer;
let browser: Launched;

useObservedBrowser((session) => {
  ({ server, browser } = session);
});

const PAGE = `${WORK_SITE}/sites/team/hostile-hosts.html`;

it('ignores hosts named like object properties and keeps recording and exporting', async () => {
  const page = await browser.context.newPage();
  await page.goto(PAGE);
  await page.locator('body[data-hostile="done"]').waitFor();
  // The requests did go out (the fixture server saw them), so the extension had them to handle.
  await eventually('the hostile requests at the server', async () =>
    ['__proto__', 'constructor', 'prototype'].every((h) => server.log.some((r) => r.host === h)),
  );
  const tabId = (await tabIdOf(browser, PAGE))!;
  await eventually('the tab report', () => readReport(browser, tabId));

  // A later vendor request is still recorded, in the report and in the evidence log.
  await page.getByRole('button', { name: 'Send telemetry' }).click();
  await eventually(
    'microsoft-clarity in the report',
    async () => (await readReport(browser, tabId))?.findings['microsoft-clarity'],
  );
  await eventually(
    'microsoft-clarity in the evidence log',
    async () => (await readLogEntries(browser)).some((e) => e.ruleId === 'microsoft-clarity'),
    20_000,
  );

  // The hosts are refused, not counted: none of them is an unknown third party.
  const report = (await readReport(browser, tabId))!;
  expect(Object.keys(report.unknownThirdParties)).not.toContain('constructor');
  expect(Object.keys(report.unknownThirdParties)).not.toContain('prototype');

  // An extension page can still flush the log, as an export does first.
  const probe = await extensionProbe(browser);
  const flushed = await probe.evaluate(
    () => chrome.runtime.sendMessage({ sightline: 1, name: 'flush-evidence', payload: {} }) as Promise<unknown>,
  );
  expect(flushed).toMatchObject({ written: expect.any(Number) });

  // Nothing reached Object.prototype in the service worker, and it is frozen there.
  const prototype = await browser.worker!.evaluate(() => ({
    names: Object.getOwnPropertyNames(Object.prototype),
    frozen: Object.isFrozen(Object.prototype),
  }));
  expect(prototype.names).not.toContain('count');
  expect(prototype.names).not.toContain('last');
  expect(prototype.frozen).toBe(true);
  await page.close();
}, 60_000);
