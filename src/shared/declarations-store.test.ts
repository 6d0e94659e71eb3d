// Declarations a worker stored with an older Sightline (version 1) still read through the storage item,
// upgraded to version 2; a stored value that is not valid still falls back without being overwritten.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeStorageArea } from './test-storage';
import { QUOTA_MESSAGE } from './test-storage';

// The browser's storage is the one thing replaced (test-storage.ts), so the real storage item, schema and
// upgrade run on what an older version left there.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./test-storage');
  return { default: fakeBrowser() };
});
const local = ((await import('webextension-polyfill')).default as unknown as { storage: { local: FakeStorageArea } })
  .storage.local;
const area = local.data;

const { declarationsItem } = await import('./declarations-store');

const storedV1 = {
  version: 1,
  activeId: 'council',
  declarations: [
    {
      format: 'sightline-declaration',
      version: 1,
      id: 'council',
      employer: 'A Council',
      sites: [],
      items: [
        { id: 'f', category: 'web_filtering', frequency: 'unknown', dpia: 'unknown', workersConsulted: 'unknown' },
      ],
      promises: [{ id: 'p', capability: 'typed_text', quote: 'We do not log keystrokes.' }],
    },
  ],
};

describe('stored declarations', () => {
  beforeEach(() => {
    local.reset();
  });

  it('reads declarations stored as version 1, upgraded, and saves them back as version 2', async () => {
    area.declarations = storedV1;
    const read = await declarationsItem.get();
    expect(read.activeId).toBe('council');
    expect(read.declarations).toHaveLength(1);
    expect(read.declarations[0]).toMatchObject({
      version: 2,
      employer: 'A Council',
      items: [{ id: 'f', kind: 'web_filtering', category: 'web_filtering' }],
    });
    expect(read.declarations[0]!.promises).toEqual(storedV1.declarations[0]!.promises);
    await declarationsItem.set(read);
    expect((area.declarations as typeof storedV1).declarations[0]!.version).toBe(2);
    expect(await declarationsItem.get()).toEqual(read);
  });

  it('a stored declaration of an unknown version is not valid: defaults are used and the stored value is left alone', async () => {
    const future = { ...storedV1, declarations: [{ ...storedV1.declarations[0], version: 9 }] };
    area.declarations = future;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await declarationsItem.get()).toEqual({ version: 1, declarations: [] });
    expect(errors).toHaveBeenCalled();
    expect(area.declarations).toEqual(future);
    errors.mockRestore();
  });

  it('a fresh install has no declarations and none active', async () => {
    expect(await declarationsItem.get()).toEqual({ version: 1, declarations: [] });
    expect(area).toEqual({});
  });

  it('refuses to save more than 50 declarations, keeping the saved ones', async () => {
    const saved = await (async () => {
      area.declarations = storedV1;
      const read = await declarationsItem.get();
      await declarationsItem.set(read);
      return read;
    })();
    const one = saved.declarations[0]!;
    const tooMany = { ...saved, declarations: Array.from({ length: 51 }, (_, i) => ({ ...one, id: `d${i}` })) };
    await expect(declarationsItem.set(tooMany)).rejects.toThrow(/declarations/);
    expect(await declarationsItem.get()).toEqual(saved);
  });

  it('when storage is full the import fails with the quota error and the stored declarations stay', async () => {
    area.declarations = storedV1;
    const saved = await declarationsItem.get();
    await declarationsItem.set(saved);
    local.quotaBytes = JSON.stringify(area.declarations).length + 'declarations'.length + 10;
    const second = { ...saved.declarations[0]!, id: 'second', employer: 'Another employer' };
    await expect(declarationsItem.set({ ...saved, declarations: [...saved.declarations, second] })).rejects.toThrow(
      QUOTA_MESSAGE,
    );
    expect(await declarationsItem.get()).toEqual(saved);
  });
});
