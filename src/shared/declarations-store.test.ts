// Declarations a worker stored with an older Sightline (version 1) still read through the storage item,
// upgraded to version 2; a stored value that is not valid still falls back without being overwritten.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser's storage is the one thing replaced: a plain object standing in for storage.local, so the
// real storage item, schema and upgrade run on what an older version left there.
const area: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (key in area ? { [key]: structuredClone(area[key]) } : {}),
        set: async (value: Record<string, unknown>) => Object.assign(area, structuredClone(value)),
        onChanged: { addListener() {}, removeListener() {} },
      },
    },
  },
}));

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
    for (const key of Object.keys(area)) delete area[key];
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
});
