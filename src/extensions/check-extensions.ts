// The employer-extensions check: from what the browser says is installed, the extensions a worker should
// know about — those installed by policy (install type "admin", which the worker cannot remove), those
// put there by other software on the computer ("sideload"), and any the rule database knows as a
// monitoring or DLP product — each with the product it is, and its risky permissions. Extensions the
// person installed themselves and the rule database does not know are left out: they are the person's own
// business, and never shown or stored.
import { z } from 'zod';
import type { CompiledRules } from '../rules/compile';
import { CATEGORY_IDS } from '../core/taxonomy';
import { INSTALL_TYPES, type InstalledExtension } from './installed-extension';
import { RISK_IDS, risksOf } from './risky-permissions';

export const ExtensionFinding = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().max(200),
  version: z.string().max(200),
  installType: z.enum(INSTALL_TYPES),
  /** Installed by the employer's policy: cannot be removed or turned off by the worker. */
  policyInstalled: z.boolean(),
  enabled: z.boolean(),
  type: z.string().max(200),
  /** The rule whose extension id this is, when the rule database knows it. */
  rule: z
    .strictObject({
      id: z.string().max(100),
      product: z.string().max(200),
      vendor: z.string().max(200),
      category: z.enum(CATEGORY_IDS),
    })
    .optional(),
  risks: z.array(z.enum(RISK_IDS)).max(RISK_IDS.length),
  /** Host patterns behind the "someSites" risk. */
  sites: z.array(z.string().max(200)).max(200),
  /** API permission names the risks were read from, as the browser reported them. */
  riskyPermissions: z.array(z.string().max(200)).max(200),
  hostPermissions: z.array(z.string().max(200)).max(200),
});
export type ExtensionFinding = z.infer<typeof ExtensionFinding>;

const ORDER = (f: ExtensionFinding): number => (f.rule ? 0 : f.policyInstalled ? 1 : 2);

export function checkExtensions(
  installed: readonly InstalledExtension[],
  index: Pick<CompiledRules, 'extensionIds'>,
  selfId?: string,
): ExtensionFinding[] {
  const out: ExtensionFinding[] = [];
  for (const extension of installed) {
    if (extension.id === selfId) continue;
    const rule = index.extensionIds.get(extension.id)?.[0];
    const policyInstalled = extension.installType === 'admin';
    if (!rule && !policyInstalled && extension.installType !== 'sideload') continue;
    const { risks, sites, explained } = risksOf(extension);
    out.push({
      id: extension.id,
      name: extension.name,
      version: extension.version,
      installType: extension.installType,
      policyInstalled,
      enabled: extension.enabled,
      type: extension.type,
      rule: rule && { id: rule.id, product: rule.product, vendor: rule.vendor, category: rule.category },
      risks,
      sites,
      riskyPermissions: explained,
      hostPermissions: [...new Set(extension.hostPermissions)].sort(),
    });
  }
  return out.sort((a, b) => ORDER(a) - ORDER(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
