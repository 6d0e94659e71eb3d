// Sightline must be invisible to the pages it watches and make no request of its own: the same browsing
// with and without the extension gives the same DOM, the same page globals and the same requests at the
// fixture server, and a page cannot fetch any file of the extension.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer, type LoggedRequest } from '../fixtures/server';
import { DIST_CHROME, launchChromium, waitUntilObserving, WORK_SITE, type Launched } from './browser';

let server: FixtureServer;

interface Visit {
  html: string;
  globals: string[];
  requests: string[];
}

/**
 * Chromium's own calls land on the fixture server too: its background services, and the favicon, which
 * it fetches or takes from its cache on its own schedule. They are neither the page's nor the extension's.
 */
const isBrowserOwn = (r: LoggedRequest) =>
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/.test(r.host) || r.path === '/favicon.ico';

async function browse(withExtension: boolean): Promise<{ visit: Visit; launched: Launched }> {
  const launched = await launchChromium({ resolverRules: server.resolverRules, withExtension });
  // Both runs load the sentinel first (the extension run needs it), so browser caches start alike.
  if (withExtension) await waitUntilObserving(launched);
  else await (await launched.context.newPage()).goto(`${WORK_SITE}/sentinel.html`);
  server.log.length = 0;
  const page = await launched.context.newPage();
  await page.goto(`${WORK_SITE}/`);
  await page.waitForLoadState('load');
  // Past the MAIN-world script's second, delayed look at the page.
  await page.waitForTimeout(5000);
  const visit = {
    html: await page.evaluate(() => document.documentElement.outerHTML),
    globals: await page.evaluate(() => Object.getOwnPropertyNames(window).sort()),
    requests: [] as string[],
  };
  await page.close({ runBeforeUnload: true });
  // Let unload beacons arrive: wait until the server log has been quiet for a second.
  for (let seen = -1; seen !== server.log.length;) {
    seen = server.log.length;
    await new Promise((r) => setTimeout(r, 1000));
  }
  visit.requests = server.log
    .filter((r) => !isBrowserOwn(r))
    .map((r) => `${r.method} ${r.host}${r.path}`)
    .sort();
  return { visit, launched };
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(DIST_CHROME, path)];
  });
}

let without: Visit;
let withExtension: Visit;
let launched: Launched;
let extensionLog: LoggedRequest[];

beforeAll(async () => {
  server = await startFixtureServer();
  const plain = await browse(false);
  without = plain.visit;
  await plain.launched.close();
  const observed = await browse(true);
  withExtension = observed.visit;
  launched = observed.launched;
  extensionLog = [...server.log];
}, 120_000);

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

describe('with and without Sightline', () => {
  it('the page DOM is identical', () => {
    expect(withExtension.html).toBe(without.html);
  });

  it('the page sees the same globals (Sightline defines none)', () => {
    expect(withExtension.globals).toEqual(without.globals);
  });

  it('the fixture server receives the same requests: the extension sends none of its own', () => {
    expect(withExtension.requests).toEqual(without.requests);
    expect(
      extensionLog.filter((r) => `${r.headers.origin ?? ''}${r.headers.referer ?? ''}`.includes('chrome-extension://')),
    ).toEqual([]);
  });
});

describe('a page probing for the extension', () => {
  it('cannot fetch or load any of its files', async () => {
    const files = builtFiles(DIST_CHROME);
    expect(files).toContain('manifest.json');
    const page = await launched.context.newPage();
    await page.goto(`${WORK_SITE}/sentinel.html`);
    const reachable = await page.evaluate(
      async ({ id, paths }) => {
        const results: string[] = [];
        for (const path of paths) {
          const url = `chrome-extension://${id}/${path}`;
          const fetched = await fetch(url).then(
            () => true,
            () => false,
          );
          const loaded = await new Promise<boolean>((resolve) => {
            const img = new Image();
            img.onload = () => resolve(true);
            img.onerror = () => resolve(false);
            img.src = url;
          });
          if (fetched || loaded) results.push(path);
        }
        return results;
      },
      { id: launched.extensionId!, paths: files },
    );
    expect(reachable).toEqual([]);
    await page.close();
  });
});
