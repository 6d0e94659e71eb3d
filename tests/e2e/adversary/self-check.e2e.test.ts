// The suite must not be blind to the design it is meant to pass: a stand-in extension
// (tests/fixtures/adversary-stand-in) looks at pages after load from the extension side, with a
// syntax-only MAIN-world function on the work site (must be invisible) and one that calls Array methods
// on the personal site (must be caught, with a frame outside the page).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server';
import { DIST_CHROME } from '../browser';
import { differences, foreignHits, type AdversaryResult } from './compare';
import { extractConstants } from './constants';
import { serveAdversaryPage, type SiteName } from './page';
import { visitChromium } from './visit-chromium';

const STAND_IN = join(import.meta.dirname, '..', '..', 'fixtures', 'adversary-stand-in');
let server: FixtureServer;
let without: Record<SiteName, AdversaryResult>;
let withStandIn: Record<SiteName, AdversaryResult>;

beforeAll(async () => {
  server = await startFixtureServer();
  serveAdversaryPage(server, extractConstants(DIST_CHROME));
  without = await visitChromium(server, { withExtension: false });
  withStandIn = await visitChromium(server, { withExtension: true, extensionDir: STAND_IN });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('the adversary page against an extension that looks only after load', () => {
  it('cannot see ISOLATED-world reads and a syntax-only MAIN-world function', () => {
    expect(differences(without.work, withStandIn.work)).toEqual([]);
    expect(foreignHits(withStandIn.work)).toEqual([]);
  });

  it("catches a MAIN-world function that calls the page's Array methods", () => {
    expect(differences(without.personal, withStandIn.personal).join('\n')).toContain('trap log');
    expect(foreignHits(withStandIn.personal)).toEqual(
      expect.arrayContaining(['Array.filter||foreign', 'Array.join||foreign']),
    );
  });
});
