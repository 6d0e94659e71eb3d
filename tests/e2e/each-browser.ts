// Runs one spec in Chromium and then in Firefox, each with its own fixture server and freshly launched,
// observing browser (closed after its suite), so a journey is written once against driver.ts. Firefox is
// skipped, with the reason printed, only when firefox-esr is missing and cannot be installed (as the
// Firefox-only files do). A file using this binds ports 443 and 80 for Firefox: run it under
// `flock /tmp/sightline-ports.lock`.
import { afterAll, beforeAll, describe } from 'vitest';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { launchChromiumSession } from './driver-chromium';
import { launchFirefoxSession } from './driver-firefox';
import type { BrowserName, ObservedSession } from './driver';

const LAUNCH: Record<BrowserName, () => Promise<ObservedSession>> = {
  chromium: launchChromiumSession,
  firefox: () => {
    const found = ensureFirefox();
    if (!found.path) throw new Error(found.reason);
    return launchFirefoxSession(found.path);
  },
};

function skipReason(name: BrowserName): string | undefined {
  if (name !== 'firefox') return undefined;
  const found = ensureFirefox();
  return found.path ? undefined : found.reason;
}

/**
 * `spec` declares its tests (it, describe, beforeAll) once per browser; `session()` gives that
 * browser's session inside hooks and tests.
 */
export function forEachBrowser(title: string, spec: (session: () => ObservedSession) => void): void {
  for (const name of ['chromium', 'firefox'] as const) {
    const skip = skipReason(name);
    if (skip) console.log(`Skipping "${title}" in ${name}: ${skip}`);
    describe.skipIf(!!skip)(`${title} (${name})`, () => {
      let session: ObservedSession | undefined;
      beforeAll(async () => {
        session = await LAUNCH[name]();
      }, 90_000);
      afterAll(async () => {
        await session?.close();
      });
      spec(() => {
        if (!session) throw new Error(`${name} did not start`);
        return session;
      });
    });
  }
}
