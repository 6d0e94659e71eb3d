// Detection proven on vendors' own code: fixture pages load the real browser SDKs from node_modules
// (devDependencies, unmodified), which then call their real hostnames, mapped to the loopback fixture
// server. Nothing here imitates the SDKs' traffic. mixpanel-browser, posthog-js and raygun4js are served
// by the fixture server itself; the other SDKs' files are routed here, byte for byte from node_modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from '../fixtures/server';
import { eventually, readReport, tabIdOf, WORK_SITE, type Launched } from './browser';
import { useObservedBrowser } from './session';

let server: FixtureServer;
let browser: Launched;

const NODE_MODULES = join(import.meta.dirname, '..', '..', 'node_modules');
const WORK_HOST = new URL(WORK_SITE).host;

/** SDK files the pages load from /node_modules/<package>/<file>, served unmodified. */
const ROUTED: Record<string, string[]> = {
  '@adobe/alloy': ['dist/alloy.min.js'],
  '@airbrake/browser': ['umd/airbrake.min.js'],
  '@amplitude/analytics-browser': ['lib/scripts/amplitude-min.umd.js'],
  '@amplitude/experiment-js-client': ['dist/experiment.umd.js'],
  '@bugsnag/browser': ['dist/bugsnag.min.js'],
  '@castleio/castle-js': ['dist/castle.browser.js'],
  '@exceptionless/browser': ['dist/index.bundle.min.js'],
  '@flagship.io/js-sdk': ['dist/index.browser.umd.js'],
  '@growthbook/growthbook': ['dist/bundles/index.min.js'],
  '@honeybadger-io/js': ['dist/browser/honeybadger.min.js'],
  '@hotjar/browser': ['dist/index.esm.js'],
  '@kameleoon/javascript-sdk': ['dist/javascript-sdk.umd.min.js'],
  '@logtail/browser': ['dist/umd/logtail.js'],
  '@logdna/browser': ['dist/index.js'],
  '@marker.io/browser': ['lib/esm/index.mjs'],
  '@microsoft/applicationinsights-web': ['browser/es5/ai.3.gbl.min.js'],
  '@microsoft/clarity': ['index.js', 'src/utils.js'],
  '@moengage/web-sdk': ['dist/index.js'],
  '@optimizely/optimizely-sdk': ['dist/optimizely.browser.umd.min.js'],
  '@rudderstack/analytics-js': ['dist/npm/modern/bundled/umd/index.js'],
  '@seline-analytics/web': ['dist/index.js'],
  '@splitbee/web': ['dist/web.esm.js'],
  '@statsig/js-client': ['build/statsig-js-client.min.js'],
  '@survicate/survicate-web-surveys-wrapper': ['widget_wrapper.js'],
  '@usersnap/browser': ['dist/usersnap-browser.js'],
  '@vemetric/web': ['dist/index.mjs'],
  'atatus-spa': ['atatus-spa.min.js'],
  'clevertap-web-sdk': ['clevertap.min.js'],
  'countly-sdk-web': ['lib/countly.min.js'],
  elevio: ['esm/client.js'],
  'fathom-client': ['dist/fathom-client.esm.js'],
  'keen-tracking': ['dist/keen-tracking.min.js'],
  'launchdarkly-js-client-sdk': ['dist/ldclient.min.js'],
  'leanplum-sdk': ['dist/leanplum.min.js'],
  'loggly-jslogger': ['src/loggly.tracker.js'],
  logrocket: ['dist/build.umd.js'],
  'refiner-js': ['index.js'],
  rollbar: ['dist/rollbar.min.js'],
  'search-insights': ['dist/search-insights.min.js'],
  'smartlook-client': ['dist/esm/index.mjs'],
  swetrix: ['dist/swetrix.es5.js'],
  trackjs: ['t.js'],
};

useObservedBrowser((session) => {
  ({ server, browser } = session);
  for (const [pkg, files] of Object.entries(ROUTED)) {
    for (const file of files)
      server.route(
        WORK_HOST,
        `/node_modules/${pkg}/${file}`,
        readFileSync(join(NODE_MODULES, pkg, file)),
        'text/javascript; charset=utf-8',
      );
  }
});

interface SdkCase {
  page: string;
  ruleId: string;
  /** The host the SDK really called (in the fixture server's log). */
  host: string;
  /** The rule's matching domain, when it is a parent of host (a customer's own tenant subdomain). */
  domain?: string;
  /** A page global the rule names and the SDK defines. */
  global?: string;
}

// The module build of mixpanel-browser sets no window global; the others are checked by host alone.
const CASES: SdkCase[] = [
  { page: 'mixpanel', ruleId: 'mixpanel', host: 'api-js.mixpanel.com' },
  { page: 'posthog', ruleId: 'posthog', host: 'us.i.posthog.com', global: 'window.posthog' },
  { page: 'raygun', ruleId: 'raygun', host: 'api.raygun.io', global: 'window.rg4js' },
  { page: 'amplitude', ruleId: 'amplitude', host: 'api2.amplitude.com' },
  { page: 'amplitude-experiment', ruleId: 'amplitude-experiment', host: 'api.lab.amplitude.com' },
  { page: 'bugsnag', ruleId: 'bugsnag', host: 'notify.bugsnag.com' },
  { page: 'rollbar', ruleId: 'rollbar', host: 'api.rollbar.com' },
  { page: 'trackjs', ruleId: 'trackjs', host: 'capture.trackjs.com' },
  { page: 'honeybadger', ruleId: 'honeybadger', host: 'api.honeybadger.io' },
  { page: 'launchdarkly', ruleId: 'launchdarkly-experimentation', host: 'app.launchdarkly.com' },
  { page: 'growthbook', ruleId: 'growthbook', host: 'cdn.growthbook.io' },
  { page: 'statsig', ruleId: 'statsig', host: 'featureassets.org' },
  { page: 'appinsights', ruleId: 'azure-application-insights', host: 'dc.services.visualstudio.com' },
  { page: 'optimizely', ruleId: 'optimizely-feature-experimentation', host: 'cdn.optimizely.com' },
  { page: 'abtasty', ruleId: 'ab-tasty', host: 'decision.flagship.io' },
  { page: 'hotjar', ruleId: 'hotjar', host: 'static.hotjar.com' },
  { page: 'clarity', ruleId: 'microsoft-clarity', host: 'www.clarity.ms' },
  { page: 'smartlook', ruleId: 'smartlook', host: 'web-sdk.smartlook.com' },
  { page: 'countly', ruleId: 'countly', host: 'contoso.count.ly', domain: 'count.ly' },
  { page: 'logrocket', ruleId: 'logrocket', host: 'cdn.logr-in.com' },
  { page: 'rudderstack', ruleId: 'rudderstack', host: 'api.rudderstack.com' },
  { page: 'atatus', ruleId: 'atatus', host: 'bm-rx.atatus.com' },
  { page: 'castle', ruleId: 'castle', host: 'm.castle.io' },
  { page: 'kameleoon', ruleId: 'kameleoon', host: 'sdk-config.kameleoon.eu' },
  { page: 'adobe-alloy', ruleId: 'adobe-experience-platform-web-sdk', host: 'adobedc.demdex.net' },
  { page: 'splitbee', ruleId: 'splitbee', host: 'cdn.splitbee.io' },
  { page: 'elevio', ruleId: 'elevio', host: 'cdn.elev.io' },
  { page: 'keen', ruleId: 'keen-io', host: 'api.keen.io' },
  { page: 'algolia-insights', ruleId: 'algolia-insights', host: 'insights.algolia.io' },
  { page: 'better-stack', ruleId: 'better-stack-browser-logs', host: 'in.logs.betterstack.com' },
  { page: 'loggly', ruleId: 'loggly-jslogger', host: 'logs-01.loggly.com' },
  { page: 'airbrake', ruleId: 'airbrake-browser', host: 'api.airbrake.io' },
  { page: 'clevertap', ruleId: 'clevertap-web', host: 'eu1.clevertap-prod.com', domain: 'clevertap-prod.com' },
  { page: 'leanplum', ruleId: 'leanplum', host: 'api.leanplum.com' },
  { page: 'mezmo', ruleId: 'mezmo-browser-logger', host: 'logs.mezmo.com' },
  { page: 'exceptionless', ruleId: 'exceptionless-browser', host: 'collector.exceptionless.io' },
  { page: 'fathom', ruleId: 'fathom-analytics', host: 'cdn.usefathom.com' },
  { page: 'refiner', ruleId: 'refiner-surveys', host: 'js.refiner.io', global: 'window._refiner' },
  { page: 'survicate', ruleId: 'survicate', host: 'survey.survicate.com' },
  { page: 'swetrix', ruleId: 'swetrix', host: 'api.swetrix.com' },
  { page: 'seline', ruleId: 'seline-analytics', host: 'api.seline.com' },
  { page: 'marker-io', ruleId: 'marker-io', host: 'edge.marker.io', global: 'window.Marker' },
  { page: 'usersnap', ruleId: 'usersnap', host: 'widget.usersnap.com' },
  { page: 'moengage', ruleId: 'moengage-web', host: 'cdn.moengage.com', global: 'window.Moengage' },
  { page: 'vemetric', ruleId: 'vemetric', host: 'cdn.vemetric.com' },
];

describe("vendors' own SDKs on a work app", () => {
  it('covers at least 15 different vendors, each with its own page', () => {
    expect(new Set(CASES.map((c) => c.ruleId)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map((c) => c.page)).size).toBe(CASES.length);
  });

  for (const { page: name, ruleId, host, domain, global } of CASES) {
    it(`detects ${ruleId} from its SDK's own requests to ${host}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${WORK_SITE}/sdk/${name}.html`);
      await page.waitForSelector('body[data-sdk=ready]');
      const tabId = (await tabIdOf(browser, `${WORK_SITE}/sdk/${name}.html`))!;
      const finding = await eventually(
        `${ruleId} from its SDK`,
        async () => {
          const report = await readReport(browser, tabId);
          const signals = report?.findings[ruleId]?.signals ?? [];
          // A host signal's value is the rule's domain, followed by the matched path pattern where the rule has paths.
          // Only a precise host signal counts: a contact with the vendor's domain alone (kind vendor_domain,
          // value the bare domain) would not show that the rule matched the SDK's own requests.
          const onDomain = (value: string) => value === (domain ?? host) || value.startsWith(`${domain ?? host}/`);
          const seen =
            signals.some((s) => s.source === 'network' && s.kind === 'host' && onDomain(s.value)) &&
            (!global || signals.some((s) => s.source === 'page' && s.value === global));
          return seen ? report!.findings[ruleId] : undefined;
        },
        15_000,
      );
      // The SDK really talked to its host (the server saw it), and no identity left the query string behind.
      expect(server.log.some((r) => r.host === host)).toBe(true);
      expect(JSON.stringify(finding)).not.toMatch(/jo\.bloggs|\?/);
      await page.close();
    });
  }
});
