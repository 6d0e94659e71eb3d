// The worker's settings as stored: defaults on a fresh install, stored settings from a damaged or future
// installation refused with the key named and left in place, bad input refused before it is written, and
// a full storage area losing nothing. Only the browser is replaced (test-storage.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeStorageArea } from './test-storage';
import { QUOTA_MESSAGE } from './test-storage';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./test-storage');
  return { default: fakeBrowser() };
});

const local = ((await import('webextension-polyfill')).default as unknown as { storage: { local: FakeStorageArea } })
  .storage.local;
const { DEFAULT_SETTINGS, settingsItem } = await import('./settings');

const saved = { version: 1 as const, userDomains: ['intranet.example.org'], allSites: false, retentionDays: 90 };

describe('settings in storage.local', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    local.reset();
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it('a fresh install reads the defaults: no added sites, not every site, a year of evidence', async () => {
    expect(await settingsItem.get()).toEqual({ version: 1, userDomains: [], allSites: false, retentionDays: 365 });
    expect(DEFAULT_SETTINGS.workApps).toBeUndefined();
    expect(local.data).toEqual({});
  });

  it('reads back what was saved, under the key "settings"', async () => {
    await settingsItem.set({ ...saved, workApps: ['sharepoint'], memberCode: 'M-AB12CD34' });
    expect(Object.keys(local.data)).toEqual(['settings']);
    expect(await settingsItem.get()).toEqual({ ...saved, workApps: ['sharepoint'], memberCode: 'M-AB12CD34' });
  });

  it.each([
    ['a future version', { ...saved, version: 2 }],
    ['retention of 0 days', { ...saved, retentionDays: 0 }],
    ['retention over ten years', { ...saved, retentionDays: 3651 }],
    ['a domain longer than 253 characters', { ...saved, userDomains: ['a'.repeat(254)] }],
    ['501 domains', { ...saved, userDomains: Array.from({ length: 501 }, (_, i) => `s${i}.example`) }],
    ['a malformed member code', { ...saved, memberCode: 'M-abc' }],
    ['allSites missing', { version: 1, userDomains: [], retentionDays: 90 }],
  ])('stored settings with %s read as the defaults, say which key, and are not overwritten', async (_, raw) => {
    local.seed('settings', raw);
    expect(await settingsItem.get()).toEqual(DEFAULT_SETTINGS);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/stored "settings" is not valid/);
    expect(local.data.settings).toEqual(raw);
  });

  it('refuses to save settings that break the schema, keeping the saved ones', async () => {
    await settingsItem.set(saved);
    await expect(settingsItem.set({ ...saved, retentionDays: 0 })).rejects.toThrow(/retentionDays/);
    await expect(settingsItem.set({ ...saved, memberCode: 'nope' })).rejects.toThrow(/memberCode/);
    expect(await settingsItem.get()).toEqual(saved);
  });

  it('when storage is full the save fails with the quota error and the saved settings stay', async () => {
    await settingsItem.set(saved);
    local.quotaBytes = JSON.stringify(saved).length + 'settings'.length + 10;
    const many = { ...saved, userDomains: Array.from({ length: 100 }, (_, i) => `site${i}.example.org`) };
    await expect(settingsItem.set(many)).rejects.toThrow(QUOTA_MESSAGE);
    expect(await settingsItem.get()).toEqual(saved);
  });
});
