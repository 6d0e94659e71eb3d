// An update from the previous release to this one, in real Chromium, with a worker's data in place.
// The previous release (main at ff1f6b7, version 0.1.0) is built from `git archive` into a temporary
// folder and loaded from a fixed path, so the extension keeps its id; the profile is used once with it,
// to record evidence, add a work site and import a declaration, then the same folder gets this build
// and the same profile is opened again: Chromium updates the extension in place. (Measured: on this path
// Chromium 156 fires no runtime.onInstalled at all, so "no welcome page on update" holds here whatever
// the listener does; tests/e2e/firefox-welcome-upgrade.e2e.test.ts covers it on a path where the event
// fires with reason "update".)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { DIST_CHROME, eventually, readLogEntries, waitUntilObserving, WORK_SITE, type Launched } from './browser';

const PREVIOUS_RELEASE = 'ff1f6b7';
const root = join(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

let work: string;
let extensionDir: string;
let profile: string;
let server: FixtureServer;

/** Chromium on a profile that outlives the browser (tests/e2e/browser.ts makes a fresh one each time). */
async function launch(): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=${server.resolverRules}`,
      '--ignore-certificate-errors',
      '--disable-blink-features=AutomationControlled',
    ],
  });
  const ours = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  return { context, worker, extensionId: new URL(worker.url()).host, close: () => context.close() };
}

interface Snapshot {
  extensionId: string;
  version: string;
  local: Record<string, unknown>;
  log: unknown[];
  meta: unknown[];
}

/** Everything the extension keeps, read from a page of the running version (browser.ts's probe is one per context, and a reload closes it). */
async function snapshot(launched: Launched): Promise<Snapshot> {
  const page = await launched.context.newPage();
  try {
    await page.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html?tab=-1`);
    const read = (store: string) =>
      page.evaluate(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open('sightline-evidence');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction(name).objectStore(name).getAll();
              request.onerror = () => reject(request.error);
              request.onsuccess = () => (open.result.close(), resolve(request.result));
            };
          }),
        store,
      );
    return {
      extensionId: launched.extensionId!,
      version: await page.evaluate(() => chrome.runtime.getManifest().version),
      local: await page.evaluate(() => chrome.storage.local.get(null)),
      log: await read('log'),
      meta: await read('meta'),
    };
  } finally {
    await page.close();
  }
}

let before: Snapshot;
let after: Snapshot;
let afterRestart: Snapshot;
let pagesAfterUpdate: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sightline-upgrade-'));
  const previous = join(work, 'previous');
  mkdirSync(previous);
  execFileSync('sh', ['-c', `git archive ${PREVIOUS_RELEASE} | tar -x -C "${previous}"`], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(previous, 'node_modules'), 'dir');
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: previous,
    stdio: 'ignore',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  extensionDir = join(work, 'extension');
  profile = join(work, 'profile');
  cpSync(join(previous, 'dist', 'chrome'), extensionDir, { recursive: true });
  server = await startFixtureServer();

  // The previous release, used as a worker would: a work site added, the rep's declaration imported,
  // a work app visited so the evidence log has entries.
  const old = await launch();
  try {
    await waitUntilObserving(old);
    const options = await old.context.newPage();
    await options.goto(`chrome-extension://${old.extensionId}/src/options/index.html`);
    await options.getByTestId('scope-input').fill('intranet.example.org');
    await options.getByTestId('scope-add').click();
    await options.getByTestId('scope-list').waitFor();
    await options
      .getByTestId('declaration-import')
      .setInputFiles(join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring-0.1.json'));
    await options.getByTestId('declaration-message').waitFor();
    const page = await old.context.newPage();
    await page.goto(`${WORK_SITE}/`);
    await eventually(
      'log entries for the work app',
      async () => (await readLogEntries(old)).filter((e) => e.ruleId).length >= 3,
      20_000,
    );
    before = await snapshot(old);
  } finally {
    await old.close();
  }

  // This release, into the same folder, and the same profile opened again: Chromium loads the new
  // version in place of the old one, under the same id, with the old one's storage.
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(DIST_CHROME, extensionDir, { recursive: true });
  const updated = await launch();
  try {
    await updated.context.pages()[0]?.waitForTimeout(2000); // time for an onInstalled tab to appear, if one would
    pagesAfterUpdate = updated.context.pages().map((p) => p.url());
    after = await snapshot(updated);
  } finally {
    await updated.close();
  }

  // And once more: nothing lost across a second start of the new version either.
  const reopened = await launch();
  try {
    afterRestart = await snapshot(reopened);
  } finally {
    await reopened.close();
  }
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`updating from the previous release (${PREVIOUS_RELEASE}) to ${version}`, () => {
  it('updates the same extension in place', () => {
    expect(before.version).toBe('0.1.0');
    expect(after.version).toBe(version);
    expect(after.extensionId).toBe(before.extensionId);
  });

  it('keeps the settings, the added work site and the declarations exactly as they were', () => {
    expect((before.local.settings as { userDomains: string[] }).userDomains).toEqual(['intranet.example.org']);
    expect((before.local.declarations as { declarations: unknown[] }).declarations).toHaveLength(1);
    for (const [key, value] of Object.entries(before.local)) expect(after.local[key], key).toEqual(value);
  });

  it("keeps every evidence log record and the log's own metadata", () => {
    expect(before.log.length).toBeGreaterThanOrEqual(3);
    expect(after.log.slice(0, before.log.length)).toEqual(before.log);
    for (const record of before.meta) expect(after.meta).toContainEqual(record);
  });

  it('still has all of it when the browser is opened again', () => {
    expect(afterRestart.version).toBe(version);
    expect(afterRestart.extensionId).toBe(before.extensionId);
    for (const [key, value] of Object.entries(before.local)) expect(afterRestart.local[key], key).toEqual(value);
    expect(afterRestart.log.slice(0, before.log.length)).toEqual(before.log);
  });

  it('opens no welcome page on update', () => {
    expect(pagesAfterUpdate.filter((url) => url.includes('/src/welcome/'))).toEqual([]);
  });
});
