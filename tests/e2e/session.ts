// The usual set-up of a browser test file: the loopback fixture server, Chromium with the built
// extension, and the extension's request listener confirmed live; all closed after the file.
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { launchChromium, waitUntilObserving, type Launched } from './browser';

export interface Session {
  server: FixtureServer;
  browser: Launched;
}

export function useObservedBrowser(onReady: (session: Session) => void | Promise<void>): void {
  let session: Session | undefined;
  beforeAll(async () => {
    const server = await startFixtureServer();
    session = { server, browser: await launchChromium({ resolverRules: server.resolverRules, withExtension: true }) };
    await waitUntilObserving(session.browser);
    await onReady(session);
  }, 60_000);
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });
}
