// Upgrading declarations written by older versions of Sightline, so a rep's old file and a worker's
// stored declarations still read. Version 1 (Sightline 0.1 and 0.2) had no `kind` on items: its
// `category` becomes the item's kind (declaration.ts fills it in). Works on the raw JSON value, before
// validation, and never changes its argument.

export type Upgraded = { ok: true; data: unknown } | { ok: false; error: string };

export function upgradeDeclaration(data: unknown, current: number): Upgraded {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: true, data };
  const version = (data as { version?: unknown }).version;
  if (version === current) return { ok: true, data };
  if (version !== 1) {
    // Never String(version): an array nested 100,000 deep (JSON.parse reads one) overflows the stack there.
    const named =
      typeof version === 'number' || version === undefined || version === null
        ? String(version)
        : typeof version === 'string'
          ? JSON.stringify(version.slice(0, 40))
          : '(not a number)';
    return {
      ok: false,
      error: `This declaration file is version ${named}; this version of Sightline reads versions 1 to ${current}.`,
    };
  }
  const items = (data as { items?: unknown }).items;
  if (Array.isArray(items)) {
    const withKind = items.findIndex(
      (item) => typeof item === 'object' && item !== null && Object.hasOwn(item, 'kind'),
    );
    // Version 1 had no kinds: a file claiming to be version 1 with one was edited by hand or is damaged.
    if (withKind >= 0)
      return {
        ok: false,
        error: `The declaration is not valid at items.${withKind}.kind: a version 1 file has no "kind"; set "version" to 2 to use kinds.`,
      };
  }
  return { ok: true, data: { ...data, version: 2 } };
}

/** For a schema's preprocess step: the upgraded value, or the value unchanged so validation says what is wrong. */
export function upgradedOrAsIs(data: unknown, current: number): unknown {
  const upgraded = upgradeDeclaration(data, current);
  return upgraded.ok ? upgraded.data : data;
}
