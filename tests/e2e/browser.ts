/// <reference types="chrome" />
// Launch Debian's Chromium with the built extension (dist/chrome) through playwright-core, following
// ../shared/BROWSER-TESTING.md: every hostname resolves to the loopback fixture server, background
// networking is off, and the first-request race after launch is closed with a sentinel page.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';

export const DIST_CHROME = join(import.meta.dirname, '..', '..', 'dist', 'chrome');
export const WORK_SITE = 'https://contoso.sharepoint.com';
/** What the demo work app's front page loads (tests/fixtures/sites/contoso.sharepoint.com), in every browser. */
export const EXPECTED_ON_TIMESHEETS = ['fullstory', 'hotjar', 'microsoft-1ds-telemetry', 'pendo'];
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

let chromiumBinary: string | undefined;
function chromiumPath(): string {
  chromiumBinary ??= ensureChromium();
  return chromiumBinary;
}

export interface Launched {
  context: BrowserContext;
  /** Present when launched with the extension. */
  extensionId?: string;
  worker?: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  resolverRules: string;
  withExtension: boolean;
  extensionDir?: string;
  headless?: boolean;
  /**
   * Let the browser install extensions an enterprise policy forces (tests/fixtures/force-install.ts):
   * no --disable-extensions(-except), and background networking on, which the policy download needs.
   */
  allowPolicyExtensions?: boolean;
  /** Extra environment for the browser (DISPLAY for a headed run under Xvfb). */
  env?: Record<string, string>;
}

export async function launchChromium(options: LaunchOptions): Promise<Launched> {
  const extensionDir = options.extensionDir ?? DIST_CHROME;
  if (options.withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run "npm run build" first (npm test does)`);
  }
  const policy = options.allowPolicyExtensions ?? false;
  const profile = mkdtempSync(join(tmpdir(), 'sightline-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    userAgent: USER_AGENT,
    viewport: { width: 1100, height: 800 },
    acceptDownloads: true,
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    ...(policy ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
    args: [
      ...(options.withExtension
        ? [...(policy ? [] : [`--disable-extensions-except=${extensionDir}`]), `--load-extension=${extensionDir}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      ...(policy ? [] : ['--disable-background-networking']),
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=${options.resolverRules}`,
      '--ignore-certificate-errors',
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
      '--disable-blink-features=AutomationControlled',
    ],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  if (!options.withExtension) return { context, close };
  // Other extensions (policy-installed ones) may run workers too: take the one this manifest names.
  const script =
    (
      JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
        background?: { service_worker?: string };
      }
    ).background?.service_worker ?? '';
  const ours = (w: Worker) => new URL(w.url()).pathname === `/${script}`;
  const worker =
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close };
}

/** The current service worker (it changes after a restart). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().at(-1);
  return live ?? context.waitForEvent('serviceworker');
}

/**
 * Load the sentinel page (with `goto`) until `recorded` says the extension has a report for it: its
 * webRequest listener is then live. Shared by the Chromium and Firefox harnesses.
 */
export async function loadSentinelUntilRecorded(
  goto: (url: string) => Promise<unknown>,
  recorded: (urlPattern: string) => Promise<boolean>,
): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    await goto(`${WORK_SITE}/sentinel.html?attempt=${attempt}`);
    if (await recorded(`${WORK_SITE}/sentinel.html*`)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension never recorded the sentinel page');
}

/** The extension is observing: its request listener has recorded the sentinel page. */
export async function waitUntilObserving(launched: Launched): Promise<void> {
  const page = await launched.context.newPage();
  try {
    await loadSentinelUntilRecorded(
      (url) => page.goto(url),
      async (pattern) => {
        const tabId = await tabIdOf(launched, pattern);
        return tabId !== undefined && (await readReport(launched, tabId)) !== null;
      },
    );
  } finally {
    await page.close();
  }
}

const probes = new WeakMap<BrowserContext, Promise<Page>>();

/**
 * An extension page kept open for reading the extension's state (storage, IndexedDB) from outside
 * the service worker, so reads work while the worker is stopped and do not wake it.
 */
export function extensionProbe(launched: Launched): Promise<Page> {
  let probe = probes.get(launched.context);
  if (!probe) {
    probe = launched.context.newPage().then(async (page) => {
      await page.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html?tab=-1`);
      return page;
    });
    probes.set(launched.context, probe);
  }
  return probe;
}

export async function tabIdOf(launched: Launched, urlPattern: string): Promise<number | undefined> {
  const probe = await extensionProbe(launched);
  return probe.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, urlPattern);
}

export async function readReport(launched: Launched, tabId: number): Promise<ReportShape | null> {
  const probe = await extensionProbe(launched);
  return probe.evaluate(
    async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as ReportShape | undefined) ?? null,
    tabId,
  );
}

export interface LogEntryShape {
  seq: number;
  kind: string;
  signalKind?: string;
  site: string;
  ruleId?: string;
  signalValue: string;
  evidence: string;
  source?: string;
  count: number;
}

/** Everything in one object store of the evidence database ("log", "pending" or "meta"), as stored. */
export async function readEvidenceStore(launched: Launched, store: 'log' | 'pending' | 'meta'): Promise<unknown[]> {
  const probe = await extensionProbe(launched);
  return probe.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('sightline-evidence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
}

/** The evidence log's entries as stored in IndexedDB (checkpoints left out). */
export async function readLogEntries(launched: Launched): Promise<LogEntryShape[]> {
  return ((await readEvidenceStore(launched, 'log')) as LogEntryShape[]).filter((r) => r.kind !== 'checkpoint');
}

async function withWorkerInternals<T>(launched: Launched, use: (registration: Locator) => Promise<T>): Promise<T> {
  const page = await launched.context.newPage();
  try {
    await page.goto('chrome://serviceworker-internals/');
    return await use(
      page.locator('.serviceworker-registration', { hasText: `chrome-extension://${launched.extensionId}/` }),
    );
  } finally {
    await page.close();
  }
}

/** The worker's running status as chrome://serviceworker-internals shows it (RUNNING, STOPPED, ...). */
export function serviceWorkerStatus(launched: Launched): Promise<string> {
  return withWorkerInternals(launched, async (registration) =>
    ((await registration.locator('.serviceworker-running-status .value').first().textContent()) ?? '').trim(),
  );
}

/** Stop the extension's service worker the way Chromium does when it idles out (fresh globals next time). */
export async function stopServiceWorker(launched: Launched): Promise<void> {
  await withWorkerInternals(launched, async (registration) => {
    await registration.getByRole('button', { name: 'Stop' }).first().click();
    await eventually('the service worker to stop', async () =>
      (await registration.locator('.serviceworker-running-status .value').first().textContent())?.includes('STOPPED'),
    );
  });
}

/**
 * Open chrome://serviceworker-internals ahead of time and return a function that stops the worker at
 * once, for tests that must stop it within the second observations wait in memory.
 */
export async function readyToStopServiceWorker(
  launched: Launched,
): Promise<{ stop: () => Promise<void>; close: () => Promise<void> }> {
  const page = await launched.context.newPage();
  await page.goto('chrome://serviceworker-internals/');
  const registration = page.locator('.serviceworker-registration', {
    hasText: `chrome-extension://${launched.extensionId}/`,
  });
  const stopButton = registration.getByRole('button', { name: 'Stop' }).first();
  await stopButton.waitFor();
  return {
    stop: async () => {
      await stopButton.click();
      await eventually('the service worker to stop', async () =>
        (await registration.locator('.serviceworker-running-status .value').first().textContent())?.includes('STOPPED'),
      );
    },
    close: () => page.close(),
  };
}

export interface ReportShape {
  site: string;
  findings: Record<
    string,
    {
      count: number;
      signals: { kind: string; value: string; evidence: string; source: string; count: number }[];
      identifiedBy?: string[];
      pageLoads?: number;
    }
  >;
  pageLoads?: number;
  unknownThirdParties: Record<string, { count: number }>;
  policy?: {
    declarationId: string;
    label: string;
    statuses: Record<string, 'product' | 'category' | 'undeclared'>;
    features?: Record<string, 'product' | 'category' | 'absent'>;
    contradictions?: { quote: string; by: string; products: string[]; pageOnlyProducts: string[] }[];
  };
  access?: { granted: string[]; live?: string[]; at: number };
}

/** Open the popup as a page for a given tab (action.openPopup gives no page to drive). */
export async function openPopupFor(launched: Launched, tabId: number): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/src/popup/index.html?tab=${tabId}`);
  await page.getByTestId('verdict').waitFor();
  return page;
}

/** Wait until `read` gives the same JSON twice, `quietMs` apart (longer than the extension's write delay). */
export async function settled<T>(read: () => Promise<T>, quietMs = 1500, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let previous = JSON.stringify(await read());
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    const value = await read();
    const now = JSON.stringify(value);
    if (now === previous) return value;
    if (Date.now() > deadline) throw new Error('the extension never stopped writing');
    previous = now;
  }
}

/** Poll until `check` returns a value (not undefined/false), or fail with `what`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false | null>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
