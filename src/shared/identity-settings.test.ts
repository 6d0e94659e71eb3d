// The worker's own identifiers as stored: off and empty on a fresh install, stored data that breaks the
// schema (a short identifier, an unknown kind, too many) refused with the key named and left in place,
// a bad entry refused before it is written, and a full storage area losing nothing.
// Only the browser is replaced (test-storage.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_IDENTIFIERS } from '../identity/kinds';
import type { FakeStorageArea } from './test-storage';
import { QUOTA_MESSAGE } from './test-storage';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./test-storage');
  return { default: fakeBrowser() };
});

const local = ((await import('webextension-polyfill')).default as unknown as { storage: { local: FakeStorageArea } })
  .storage.local;
const { DEFAULT_IDENTITY, identityItem } = await import('./identity-settings');

const saved = {
  version: 1 as const,
  enabled: true,
  identifiers: [{ kind: 'email' as const, value: 'sam@contoso.example' }],
};

describe('identity settings in storage.local', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    local.reset();
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it('a fresh install reads as off with no identifiers', async () => {
    expect(await identityItem.get()).toEqual({ version: 1, enabled: false, identifiers: [] });
    expect(DEFAULT_IDENTITY.enabled).toBe(false);
  });

  it('reads back what was saved, under the key "identity", with spaces around a value trimmed', async () => {
    await identityItem.set({ ...saved, identifiers: [{ kind: 'username', value: '  sam.k  ' }] });
    expect(Object.keys(local.data)).toEqual(['identity']);
    expect(await identityItem.get()).toEqual({ ...saved, identifiers: [{ kind: 'username', value: 'sam.k' }] });
  });

  it.each([
    ['an identifier shorter than 4 characters', { ...saved, identifiers: [{ kind: 'email', value: 'a@b' }] }],
    ['an unknown kind', { ...saved, identifiers: [{ kind: 'phone', value: '0123456789' }] }],
    [
      'more identifiers than allowed',
      {
        ...saved,
        identifiers: Array.from({ length: MAX_IDENTIFIERS + 1 }, (_, i) => ({ kind: 'email', value: `u${i}@x.org` })),
      },
    ],
    ['enabled missing', { version: 1, identifiers: [] }],
  ])('stored identity with %s reads as off, says which key, and is not overwritten', async (_, raw) => {
    local.seed('identity', raw);
    expect(await identityItem.get()).toEqual(DEFAULT_IDENTITY);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/stored "identity" is not valid/);
    expect(local.data.identity).toEqual(raw);
  });

  it('refuses to save a too-short identifier, keeping the saved ones', async () => {
    await identityItem.set(saved);
    await expect(identityItem.set({ ...saved, identifiers: [{ kind: 'email', value: ' ab ' }] })).rejects.toThrow();
    expect(await identityItem.get()).toEqual(saved);
  });

  it('when storage is full the save fails with the quota error and the saved identifiers stay', async () => {
    await identityItem.set(saved);
    local.quotaBytes = JSON.stringify(saved).length + 'identity'.length + 10;
    await expect(
      identityItem.set({
        ...saved,
        identifiers: [...saved.identifiers, { kind: 'employee_number', value: 'E-1234567' }],
      }),
    ).rejects.toThrow(QUOTA_MESSAGE);
    expect(await identityItem.get()).toEqual(saved);
  });
});
