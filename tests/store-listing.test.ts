// The store listing material (store/listing.json, store/privacy-policy.html) against what it describes:
// the built manifests, the locale strings, docs/permissions.md and docs/privacy.md. A change to any of
// them that the listing does not follow fails here, before a store reviewer sees the difference.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyPage } from '../scripts/privacy-page';

const root = join(import.meta.dirname, '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

interface Listing {
  name: string;
  shortDescription: string;
  longDescription: string[];
  singlePurpose: string;
  permissionJustifications: Record<string, string>;
  chromeDataUsage: {
    collected: Record<string, boolean>;
    certifications: Record<string, boolean>;
    remoteCode: boolean;
    privacyNote: string;
  };
  firefoxDataCollectionPermissions: { required: string[]; optional?: string[] };
  privacyPolicy: string;
  screenshots: { width: number; height: number; script: string };
}
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
}

const listing = JSON.parse(read('store', 'listing.json')) as Listing;
const messages = JSON.parse(read('public', '_locales', 'en', 'messages.json')) as Record<string, { message: string }>;
const built = (target: string): Manifest => {
  if (!existsSync(join(root, 'dist', target, 'manifest.json')))
    throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
  return JSON.parse(read('dist', target, 'manifest.json')) as Manifest;
};
const privacy = read('docs', 'privacy.md');
const flat = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

/** docs/permissions.md: "## `name`" -> its one paragraph, with line breaks as spaces. */
function documentedPermissions(): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of read('docs', 'permissions.md').split(/^## /m).slice(1)) {
    const [heading = '', ...body] = section.split('\n');
    out.set(/^`([^`]+)`/.exec(heading)![1]!, flat(body.join('\n')));
  }
  return out;
}

describe('store/listing.json', () => {
  it("uses the name and the short description the manifest shows, within the stores' 132 characters", () => {
    expect(listing.name).toBe(messages.extName!.message);
    expect(listing.shortDescription).toBe(messages.extDescription!.message);
    expect(listing.shortDescription.length).toBeLessThanOrEqual(132);
  });

  it('states a single purpose in one sentence', () => {
    expect(listing.singlePurpose.trim().split(/(?<=\.)\s+/)).toHaveLength(1);
  });

  it('justifies every permission either build asks for, and nothing else', () => {
    const asked = new Set<string>();
    for (const target of ['chrome', 'firefox']) {
      const m = built(target);
      for (const p of [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? [])])
        asked.add(p);
    }
    expect(Object.keys(listing.permissionJustifications).sort()).toEqual([...asked].sort());
  });

  it('justifies each permission in the same words as docs/permissions.md', () => {
    const documented = documentedPermissions();
    expect(Object.keys(listing.permissionJustifications).sort()).toEqual([...documented.keys()].sort());
    for (const [name, text] of Object.entries(listing.permissionJustifications)) {
      expect(text, `${name}: copy its paragraph from docs/permissions.md`).toBe(documented.get(name));
    }
  });

  it('says, as docs/privacy.md does, that no data leaves the device: Chrome categories all "not collected", no remote code', () => {
    expect(privacy).toMatch(/^## Nothing leaves the device$/m);
    expect(flat(privacy)).toContain('The extension makes no network request of its own: no telemetry, no account');
    expect(Object.keys(listing.chromeDataUsage.collected)).toHaveLength(9);
    expect(Object.entries(listing.chromeDataUsage.collected).filter(([, collected]) => collected)).toEqual([]);
    expect(Object.values(listing.chromeDataUsage.certifications)).toEqual([true, true, true]);
    expect(listing.chromeDataUsage.remoteCode).toBe(false);
    for (const target of ['chrome', 'firefox']) {
      // What makes "collects nothing" and "no remote code" enforceable rather than promised.
      const csp = built(target).content_security_policy?.extension_pages ?? '';
      expect(csp).toMatch(/(^|;)\s*connect-src 'none'\s*(;|$)/);
      expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    }
  });

  it('keeps only on the device what docs/privacy.md says is stored, and says it without query strings', () => {
    expect(privacy).toMatch(/^## What it stores$/m);
    expect(listing.chromeDataUsage.privacyNote).toContain('without query strings');
    expect(privacy).toContain('**without query string or fragment**');
  });

  it('gives Firefox the data_collection_permissions the built manifest carries: none', () => {
    expect(listing.firefoxDataCollectionPermissions).toEqual({ required: ['none'] });
    expect(built('firefox').browser_specific_settings?.gecko?.data_collection_permissions).toEqual(
      listing.firefoxDataCollectionPermissions,
    );
  });

  it('names, in the long description, everything the extension says a browser cannot see', () => {
    const body = messages.cannotSeeBody!.message;
    const list = /cannot see (.+?)\. /.exec(body)![1]!.split(/, | or /);
    expect(list.length).toBeGreaterThan(4);
    const long = listing.longDescription.join('\n');
    for (const item of list) expect(long).toContain(item);
    expect(long).toContain('never blocks');
    expect(long).toContain('no network request of its own');
  });

  it("points at a privacy policy page and a screenshot script that exist, at the stores' 1280×800", () => {
    expect(existsSync(join(root, listing.privacyPolicy))).toBe(true);
    expect(existsSync(join(root, listing.screenshots.script))).toBe(true);
    expect([listing.screenshots.width, listing.screenshots.height]).toEqual([1280, 800]);
  });
});

describe('store/privacy-policy.html', () => {
  it('is what docs/privacy.md gives today (run "npm run store:privacy" after editing privacy.md)', () => {
    expect(read('store', 'privacy-policy.html')).toBe(privacyPage(root));
  });

  it('carries every heading and list item of docs/privacy.md', () => {
    const page = read('store', 'privacy-policy.html');
    const headings = [...privacy.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(5);
    for (const heading of headings) expect(page).toContain(`>${heading.replaceAll('&', '&amp;')}</h`);
    expect((page.match(/<li>/g) ?? []).length).toBe((privacy.match(/^- /gm) ?? []).length);
  });
});
