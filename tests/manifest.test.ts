// Checks the BUILT extensions (npm test builds first): Manifest V3, nothing a page can probe, and
// permissions that match docs/permissions.md exactly.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const targets = ['chrome', 'firefox'] as const;

interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  web_accessible_resources?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
  content_security_policy?: { extension_pages?: string };
}

/** The directives of a Content Security Policy: name -> source list. */
function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function readBuilt(target: string): BuiltManifest {
  const path = join(root, 'dist', target, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does)`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

/**
 * The permission names documented as "## `name`" headings, each with exactly one paragraph; a heading
 * that says "(Firefox only)" is a permission only the Firefox build asks for.
 */
function documentedPermissions(target?: (typeof targets)[number]): Map<string, string[]> {
  const text = readFileSync(join(root, 'docs', 'permissions.md'), 'utf8');
  const sections = new Map<string, string[]>();
  for (const section of text.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = section.split('\n');
    const name = /^`([^`]+)`/.exec(heading)?.[1];
    if (!name) throw new Error(`docs/permissions.md: heading without a \`permission\`: ${heading}`);
    if (target === 'chrome' && /\(Firefox only\)/.test(heading)) continue;
    const paragraphs = body
      .join('\n')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    sections.set(name, paragraphs);
  }
  return sections;
}

describe.each(targets)('built %s manifest', (target) => {
  const manifest = readBuilt(target);

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('declares no web-accessible resources, so pages cannot probe for the extension', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('gives its own pages a strict CSP: no network requests, scripts and workers only from the extension', () => {
    const csp = cspDirectives(manifest.content_security_policy?.extension_pages ?? '');
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('asks for exactly the permissions documented in docs/permissions.md', () => {
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_permissions ?? []),
    ];
    expect(asked.sort()).toEqual([...documentedPermissions(target).keys()].sort());
  });

  it('keeps management optional: asked only when the person presses the options page button', () => {
    expect(manifest.optional_permissions).toContain('management');
    expect(manifest.permissions ?? []).not.toContain('management');
  });

  it('runs no content script on any page: what it reads from a page, it reads from the extension side after load', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  if (target === 'chrome') {
    it('runs its background as a service worker', () => {
      expect(manifest.background?.service_worker).toBeTruthy();
    });
  } else {
    it('runs background scripts and tells Firefox its id and that it collects no data', () => {
      expect(manifest.background?.scripts?.length).toBeGreaterThan(0);
      expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    });
  }
});

describe('docs/permissions.md', () => {
  it('explains each permission in exactly one paragraph', () => {
    for (const [name, paragraphs] of documentedPermissions()) {
      expect(paragraphs.length, name).toBe(1);
      expect(paragraphs[0]!.length, name).toBeGreaterThan(80);
    }
  });
});
