// Detection proven on vendors' own code: fixture pages load the real browser SDKs from node_modules
// (mixpanel-browser, posthog-js, raygun4js — devDependencies, unmodified), which then call their real
// hostnames, mapped to the loopback fixture server. Nothing here imitates the SDKs' traffic.
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from '../fixtures/server';
import { eventually, readReport, tabIdOf, WORK_SITE, type Launched } from './browser';
import { useObservedBrowser } from './session';

let server: FixtureServer;
let browser: Launched;

useObservedBrowser((session) => {
  ({ server, browser } = session);
});

// The module build of mixpanel-browser sets no window global; the other two do.
const CASES = [
  { page: 'mixpanel', ruleId: 'mixpanel', host: 'api-js.mixpanel.com', global: undefined },
  { page: 'posthog', ruleId: 'posthog', host: 'us.i.posthog.com', global: 'window.posthog' },
  { page: 'raygun', ruleId: 'raygun', host: 'api.raygun.io', global: 'window.rg4js' },
];

describe("vendors' own SDKs on a work app", () => {
  for (const { page: name, ruleId, host, global } of CASES) {
    it(`detects ${ruleId} from its SDK's own requests to ${host}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${WORK_SITE}/sdk/${name}.html`);
      await page.waitForSelector('body[data-sdk=ready]');
      const tabId = (await tabIdOf(browser, `${WORK_SITE}/sdk/${name}.html`))!;
      const finding = await eventually(`${ruleId} from its SDK`, async () => {
        const report = await readReport(browser, tabId);
        const signals = report?.findings[ruleId]?.signals ?? [];
        const seen = signals.some((s) => s.source === 'network' && s.value === host) && (!global || signals.some((s) => s.source === 'page' && s.value === global));
        return seen ? report!.findings[ruleId] : undefined;
      }, 15_000);
      // The SDK really talked to its host (the server saw it), and no identity left the query string behind.
      expect(server.log.some((r) => r.host === host)).toBe(true);
      expect(JSON.stringify(finding)).not.toMatch(/jo\.bloggs|\?/);
      await page.close();
    });
  }
});
