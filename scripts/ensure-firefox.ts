// Find Debian's firefox-esr, installing it with apt-get when it is missing and we are root (as in CI).
// Unlike Chromium, a missing Firefox is not an error: the Firefox tests are skipped with the reason
// this returns, so a developer without root can still run everything else. No browser is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'];
const INSTALL = 'sudo apt-get update && sudo apt-get install -y firefox-esr';

export type FirefoxFound = { path: string; reason?: undefined } | { path?: undefined; reason: string };

function find(): string | undefined {
  return [process.env.FIREFOX_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
}

export function ensureFirefox(): FirefoxFound {
  const found = find();
  if (found) return { path: found };
  if (process.getuid?.() !== 0)
    return {
      reason: `firefox-esr is not installed and this is not root, so it cannot be installed here. Install it with:\n  ${INSTALL}\n(or set FIREFOX_PATH to a Firefox binary)`,
    };
  try {
    console.error("Firefox is not installed; installing Debian's firefox-esr package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
  } catch (error) {
    return { reason: `apt-get could not install firefox-esr (${(error as Error).message.split('\n')[0]})` };
  }
  const installed = find();
  return installed ? { path: installed } : { reason: 'apt-get finished but no firefox-esr binary was found' };
}
