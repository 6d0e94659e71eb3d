import { describe, expect, it } from 'vitest';
import { compileRules } from '../rules/compile';
import { TEST_RULES } from '../rules/test-rules';
import { checkExtensions, ExtensionFinding } from './check-extensions';
import { parseInstalledExtensions } from './installed-extension';
import { BOSSWARE_ID, installed, STAND_IN_ID } from './test-extensions';

const index = compileRules(TEST_RULES);
const SELF = 'sightlinesightlinesightlinesight';

describe('checkExtensions', () => {
  it('lists a policy-installed extension with its risky permissions explained', () => {
    const [found, ...rest] = checkExtensions(
      [
        installed({
          id: STAND_IN_ID,
          name: 'Stand-in Workforce Monitor',
          installType: 'admin',
          permissions: ['cookies', 'history', 'storage', 'tabs', 'webRequest'],
          hostPermissions: ['<all_urls>'],
        }),
      ],
      index,
    );
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      id: STAND_IN_ID,
      policyInstalled: true,
      enabled: true,
      risks: ['allSites', 'history', 'tabs', 'webRequest', 'cookies'],
      riskyPermissions: ['cookies', 'history', 'tabs', 'webRequest'],
      hostPermissions: ['<all_urls>'],
    });
    expect(found!.rule).toBeUndefined();
    expect(ExtensionFinding.parse(found)).toEqual(found);
  });

  it('marks a known monitoring product by its extension id, however it was installed', () => {
    const found = checkExtensions([installed({ id: BOSSWARE_ID, name: 'Some tracker', installType: 'normal' })], index);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      policyInstalled: false,
      rule: { id: 'bossware', product: 'bossware', vendor: 'Test vendor', category: 'employee_monitoring' },
    });
  });

  it('lists extensions put there by other software (sideload) but not ones the person installed, nor itself', () => {
    const found = checkExtensions(
      [
        installed({ id: 'mine', installType: 'normal' }),
        installed({ id: 'dev', installType: 'development' }),
        installed({ id: SELF, installType: 'admin' }),
        installed({ id: 'agent', installType: 'sideload' }),
      ],
      index,
      SELF,
    );
    expect(found.map((f) => f.id)).toEqual(['agent']);
    expect(found[0]!.policyInstalled).toBe(false);
  });

  it('puts known products first, then policy-installed, then the rest, each by name', () => {
    const found = checkExtensions(
      [
        installed({ id: 'z-side', name: 'A sideloaded', installType: 'sideload' }),
        installed({ id: 'b-admin', name: 'B admin', installType: 'admin' }),
        installed({ id: 'a-admin', name: 'A admin', installType: 'admin' }),
        installed({ id: BOSSWARE_ID, name: 'Z known', installType: 'admin' }),
      ],
      index,
    );
    expect(found.map((f) => f.id)).toEqual([BOSSWARE_ID, 'a-admin', 'b-admin', 'z-side']);
  });

  it('checks what the browser returned item by item: junk is skipped, odd values are clipped, not dropped', () => {
    const list = parseInstalledExtensions([
      null,
      { name: 'no id' },
      {
        id: 'weird',
        name: 'x'.repeat(5000),
        installType: 'future-kind',
        enabled: 'yes',
        permissions: ['tabs', 7, 'history'],
        hostPermissions: 'nope',
      },
      {
        id: STAND_IN_ID,
        name: 'Stand-in',
        version: '1.0.0',
        installType: 'admin',
        enabled: false,
        type: 'extension',
        permissions: [],
        hostPermissions: [],
        mayDisable: false,
        icons: [],
      },
    ]);
    expect(list.map((e) => e.id)).toEqual(['weird', STAND_IN_ID]);
    expect(list[0]).toMatchObject({
      installType: 'other',
      enabled: true,
      permissions: ['tabs', 'history'],
      hostPermissions: [],
    });
    expect(list[0]!.name).toHaveLength(200);
    expect(list[1]).toEqual({
      id: STAND_IN_ID,
      name: 'Stand-in',
      version: '1.0.0',
      installType: 'admin',
      enabled: false,
      type: 'extension',
      permissions: [],
      hostPermissions: [],
    });
    expect(parseInstalledExtensions(undefined)).toEqual([]);
    expect(parseInstalledExtensions({ length: 3 })).toEqual([]);
  });
});
