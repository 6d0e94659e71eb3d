// Builders for extension tests: what management.getAll() returns, trimmed to the fields that matter.
import type { InstalledExtension } from './installed-extension';

export const STAND_IN_ID = 'hocmnkicolediddeajhaafdnnhciihlo';
/** The id TEST_RULES gives the "bossware" rule (src/rules/test-rules.ts). */
export const BOSSWARE_ID = 'abcdefghijklmnopabcdefghijklmnop';

export function installed(fields: Partial<InstalledExtension> & Pick<InstalledExtension, 'id'>): InstalledExtension {
  return {
    name: fields.id,
    version: '1.0.0',
    installType: 'normal',
    enabled: true,
    type: 'extension',
    permissions: [],
    hostPermissions: [],
    ...fields,
  };
}
