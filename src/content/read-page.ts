// Runs in the extension's isolated world of the page, injected by the background with
// scripting.executeScript after load: what the page loaded (script srcs and the resource timing list,
// which also shows requests made before the background's listener was live), which sensitive
// permissions the site holds, and which of `names` the DOM itself makes look like globals (see
// defined-globals.ts). Serialised and run on its own: it imports nothing at run time, and the limits it
// clips to arrive as an argument (core/page-limits.ts, the numbers the background checks against).
//
// The isolated world has its own JavaScript objects: nothing here runs page code or is visible to it.
// It reads only; the background validates and limits everything it returns.
import type { PageReadingLimits } from '../core/page-limits';

export interface PageReading {
  href: string;
  scripts: string[];
  resources: string[];
  domNamed: string[];
  permissions: Record<string, string>;
}

/** Permission names to ask about; a browser that does not know one throws, and it is left out. */
export const SITE_PERMISSION_QUERIES = [
  'camera',
  'microphone',
  'geolocation',
  'clipboard-read',
  'idle-detection',
  'notifications',
];

export async function readPage(
  names: readonly string[],
  permissionNames: readonly string[],
  limits: Pick<PageReadingLimits, 'scripts' | 'resources'>,
): Promise<PageReading> {
  const permissions: Record<string, string> = {};
  for (const name of permissionNames) {
    try {
      permissions[name] = (await navigator.permissions.query({ name: name as PermissionName })).state;
    } catch {
      // Not a permission this browser knows.
    }
  }
  return {
    href: location.href,
    scripts: Array.from(document.scripts, (script) => script.src)
      .filter((src) => src.length > 0)
      .slice(0, limits.scripts),
    resources: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .slice(0, limits.resources),
    domNamed: names.filter((name) => name in window),
    permissions,
  };
}
