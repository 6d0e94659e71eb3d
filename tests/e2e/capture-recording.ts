// Chromium with the built extension and Playwright's HAR recording on, in one persistent context: the
// page the extension reports on is the page the HAR records. The launch follows launchChromium
// (browser.ts, BROWSER-TESTING.md); the HAR is written when the context closes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { DIST_CHROME, type Launched } from './browser';

const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

export async function launchRecording(resolverRules: string, harPath: string): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'sightline-har-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: true,
    userAgent: USER_AGENT,
    viewport: { width: 1100, height: 800 },
    recordHar: { path: harPath, content: 'embed' },
    args: [
      `--disable-extensions-except=${DIST_CHROME}`,
      `--load-extension=${DIST_CHROME}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=${resolverRules}`,
      '--ignore-certificate-errors',
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
      '--disable-blink-features=AutomationControlled',
    ],
  });
  const script = (
    JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as { background: { service_worker: string } }
  ).background.service_worker;
  const ours = (w: Worker) => new URL(w.url()).pathname === `/${script}`;
  const worker =
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
