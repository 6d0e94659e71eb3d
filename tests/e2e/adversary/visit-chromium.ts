// One Chromium visit of the adversary page on both sites, shared by the suite and its self-check.
import type { FixtureServer } from '../../fixtures/server';
import { launchChromium, loadSentinelUntilRecorded, readReport, tabIdOf, WORK_SITE, type Launched } from '../browser';
import type { AdversaryResult } from './compare';
import { ADVERSARY_PATH, ADVERSARY_SITES, DONE_MESSAGE, type SiteName } from './page';

export const SITES = Object.keys(ADVERSARY_SITES) as SiteName[];

/** Sightline's own readiness check: its webRequest listener has recorded the sentinel page. */
export async function untilSightlineObserves(launched: Launched): Promise<void> {
  const page = await launched.context.newPage();
  await loadSentinelUntilRecorded(
    (url) => page.goto(url),
    async (pattern) => {
      const tabId = await tabIdOf(launched, pattern);
      return tabId !== undefined && (await readReport(launched, tabId)) !== null;
    },
  );
  await page.close();
}

/**
 * Launch, get ready (`ready`, or one sentinel load so both runs start alike), load the page on both sites
 * at once (each runs ~8 s on its own timers; nothing depends on the other tab), then `after` while the
 * browser is still open.
 */
export async function visitChromium(
  server: FixtureServer,
  options: {
    withExtension: boolean;
    extensionDir?: string;
    ready?: (launched: Launched) => Promise<void>;
    after?: (launched: Launched) => Promise<void>;
  },
): Promise<Record<SiteName, AdversaryResult>> {
  const launched = await launchChromium({
    resolverRules: server.resolverRules,
    withExtension: options.withExtension,
    extensionDir: options.extensionDir,
  });
  try {
    if (options.ready) await options.ready(launched);
    else await (await launched.context.newPage()).goto(`${WORK_SITE}/sentinel.html`);
    const results = {} as Record<SiteName, AdversaryResult>;
    await Promise.all(
      SITES.map(async (site) => {
        const page = await launched.context.newPage();
        // The page says when its result is fixed; polling it instead would run the harness's code there.
        const done = page.waitForEvent('console', { predicate: (m) => m.text() === DONE_MESSAGE, timeout: 30_000 });
        await page.goto(ADVERSARY_SITES[site] + ADVERSARY_PATH);
        await done;
        const json = await page.evaluate(() =>
          (window as unknown as { __adversaryResult(): string | null }).__adversaryResult(),
        );
        results[site] = JSON.parse(json!) as AdversaryResult;
      }),
    );
    await options.after?.(launched);
    return results;
  } finally {
    await launched.close();
  }
}
