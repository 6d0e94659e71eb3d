// The employer-extensions check in real Firefox: a stand-in extension force-installed through Firefox's
// enterprise policy (distribution/policies.json, ExtensionSettings force_installed from a file: URL) is
// listed by the options page as installed by the employer, with its risky permissions explained.
// Firefox ESR allows unsigned add-ons with xpinstall.signatures.required off, and
// extensions.webextOptionalPermissionPrompts off grants the optional `management` permission without the
// prompt a headless browser cannot answer. The policy file exists only while this file's browser runs.
// Root only (the file is machine-wide), and never over a policies.json someone else put there.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { englishText } from '../../src/core/english-text';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { storedZip } from '../fixtures/stored-zip';
import { eventually } from './browser';
import { launchFirefox, openExtensionPage, type FirefoxLaunched } from './firefox';

const STAND_IN_ID = 'stand-in-monitor@sightline.invalid';
const STAND_IN_DIR = join(import.meta.dirname, '..', 'fixtures', 'stand-in-extension');

const firefox = ensureFirefox();
const policyFile = firefox.path ? join(dirname(firefox.path), 'distribution', 'policies.json') : '';
const why = !firefox.path
  ? firefox.reason
  : process.getuid?.() !== 0
    ? 'writing Firefox enterprise policy needs root'
    : existsSync(policyFile)
      ? `${policyFile} already exists and is not this test's`
      : undefined;
if (why) console.log(`Skipping the Firefox employer-extensions test: ${why}`);

describe.skipIf(!!why)('in Firefox, an extension force-installed by enterprise policy', () => {
  let work: string;
  let server: FixtureServer | undefined;
  let ff: FirefoxLaunched | undefined;
  let options: Page;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'sightline-ff-policy-'));
    const manifest = {
      ...JSON.parse(readFileSync(join(STAND_IN_DIR, 'manifest.json'), 'utf8')),
      browser_specific_settings: { gecko: { id: STAND_IN_ID } },
    };
    const xpi = join(work, 'stand-in.xpi');
    writeFileSync(xpi, storedZip({ 'manifest.json': JSON.stringify(manifest, null, 2) }));
    writeFileSync(
      policyFile,
      JSON.stringify({
        policies: {
          ExtensionSettings: { [STAND_IN_ID]: { installation_mode: 'force_installed', install_url: `file://${xpi}` } },
        },
      }),
    );
    server = await startFixtureServer({ https: 443, http: 80 });
    ff = await launchFirefox(firefox.path!, {
      'xpinstall.signatures.required': false,
      'extensions.webextOptionalPermissionPrompts': false,
    });
    options = await openExtensionPage(ff, 'src/options/index.html#settings');
  }, 90_000);

  afterAll(async () => {
    rmSync(policyFile, { force: true });
    await ff?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('is listed as installed by the employer, with its risky permissions in plain words', async () => {
    const card = await eventually(
      'the stand-in in the list',
      async () => {
        await options.click('[data-testid=extensions-check]');
        await options.waitForSelector('[data-testid=extensions-list], [data-testid=extensions-status]');
        return options.$(`[data-testid="extension-${STAND_IN_ID}"]`);
      },
      30_000,
    );
    expect(await card.evaluate((el) => el.getAttribute('data-policy-installed'))).toBe('true');
    expect(await card.$eval('[data-testid=extension-policy]', (el) => el.textContent)).toBe(
      englishText('extPolicyInstalled'),
    );
    const risks = await card.$$eval('[data-testid=extension-risks] li', (items) =>
      items.map((li) => li.getAttribute('data-risk')),
    );
    expect(risks).toEqual(['allSites', 'history', 'tabs', 'webRequest', 'cookies']);
  });
});
