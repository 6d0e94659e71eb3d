// The shipped build's real `management` prompt: Chromium headed on a private Xvfb display, the browser's
// own permission prompt answered from the keyboard (xdotool), as a person would. Headless, the prompt
// never resolves, and the policy test (employer-extensions.e2e.test.ts) therefore uses a copy that has
// the permission built in; only this file sees what a worker sees. It caught that a page open before the
// grant never gets management.getAll (options/read-installed-extensions.ts). Skipped without Xvfb and
// xdotool (apt-get install xvfb xdotool).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishText } from '../../src/core/english-text';
import { headedUnavailable, startDisplay, type Display } from '../fixtures/xvfb';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { eventually, launchChromium, type Launched } from './browser';
import { optionsUrl } from './options-app';

/** The prompt appears within a frame or two; this is generous on a busy two-core machine. */
const PROMPT_DELAY_MS = 2000;

let display: Display | undefined;
let server: FixtureServer | undefined;
let browser: Launched | undefined;
let options: Page;

const granted = () => options.evaluate(() => chrome.permissions.contains({ permissions: ['management'] }));
const status = () =>
  options
    .getByTestId('extensions-status')
    .textContent({ timeout: 200 })
    .catch(() => null);

/** Press "Check installed extensions", then answer the browser's prompt with `keys`; a second try if the prompt was late. */
async function answerPrompt(keys: string[], done: () => Promise<boolean>): Promise<void> {
  await options.getByTestId('extensions-check').click();
  for (let attempt = 0; attempt < 2; attempt++) {
    await options.waitForTimeout(PROMPT_DELAY_MS);
    display!.keys(...keys);
    const deadline = Date.now() + 6000;
    while (Date.now() < deadline) {
      if (await done()) return;
      await options.waitForTimeout(100);
    }
  }
  throw new Error(`the prompt was not answered by ${keys.join(' ')}`);
}

describe.skipIf(headedUnavailable() !== null)('the optional management permission, asked of a person', () => {
  beforeAll(async () => {
    display = await startDisplay();
    server = await startFixtureServer();
    browser = await launchChromium({
      resolverRules: server.resolverRules,
      withExtension: true,
      headless: false,
      env: { DISPLAY: display.name },
    });
    options = await browser.context.newPage();
    await options.goto(optionsUrl(browser.extensionId, 'settings'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    display?.close();
  });

  it('is not held before the person asks', async () => {
    expect(await granted()).toBe(false);
    expect(await options.getByTestId('extensions-withdraw').count()).toBe(0);
  });

  it('says plainly that nothing was read when the person refuses', async () => {
    await answerPrompt(['Escape'], async () => (await status()) === englishText('extRefused'));
    expect(await granted()).toBe(false);
    expect(await options.getByTestId('extensions-summary').count()).toBe(0);
  });

  it('lists the extensions from the page that asked once the person allows it', async () => {
    // The prompt's first button is Deny (the safe default); Tab moves to Allow.
    await answerPrompt(
      ['Tab', 'Return'],
      async () => (await options.getByTestId('extensions-summary').count()) > 0 || (await status()) !== null,
    );
    expect(await status()).toBeNull();
    expect(await granted()).toBe(true);
    // Nothing here was installed by policy or is a known product (the policy test covers a listing).
    expect(await options.getByTestId('extensions-summary').textContent()).toBe(englishText('extNoneFound'));
  });

  it('gives the permission back when the person withdraws it', async () => {
    await options.getByTestId('extensions-withdraw').click();
    await eventually('the withdrawal', async () => (await status()) === englishText('extWithdrawn'));
    expect(await granted()).toBe(false);
    expect(await options.getByTestId('extensions-summary').count()).toBe(0);
  });
});
