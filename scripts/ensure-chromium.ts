// Find Debian's Chromium, installing it with apt-get when it is missing and we are root (as in CI and
// on a fresh machine set up by its owner); otherwise say exactly what to run. No browser is ever
// downloaded from npm.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

function find(): string | undefined {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
}

export function ensureChromium(): string {
  const found = find();
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.error("Chromium is not installed; installing Debian's chromium package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(
    `Chromium was not found. Install Debian's package with:\n  ${INSTALL}\n(or set CHROMIUM_PATH to a Chromium binary)`,
  );
}
