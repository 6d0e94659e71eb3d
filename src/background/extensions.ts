// The employer-extensions check, as the background runs it. The options page reads management.getAll()
// (a running service worker never gets that function after a runtime grant: see
// options/read-installed-extensions.ts) and sends the list, validated at the receiver; the background
// checks it against its rule index and, when asked, appends it to the evidence log, of which it is the
// only writer. Nothing is checked or stored unless the person has granted `management`: without it the
// page could not have read the list. Known products are compared with the employer's active declaration
// (an extension runs on every site, so the declaration the person made active speaks for the browser).
import browser from 'webextension-polyfill';
import { checkExtensions, type ExtensionFinding } from '../extensions/check-extensions';
import { extensionDrafts } from '../evidence/log/extension-evidence';
import type { InstalledExtension } from '../extensions/installed-extension';
import { RULE_DB_VERSION } from '../rules/version';
import { recordEvidence } from '../shared/evidence-db';
import { currentDeclarations } from './policy';
import { ruleCatalog } from './policy-compare';
import { bundledRuleIndex as ruleIndex } from '../rules/bundled';

const granted = (): Promise<boolean> => browser.permissions.contains({ permissions: ['management'] });

/** The findings, or null when the person has not granted `management`. */
export async function checkInstalled(installed: readonly InstalledExtension[]): Promise<ExtensionFinding[] | null> {
  if (!(await granted())) return null;
  return checkExtensions(installed, ruleIndex, browser.runtime.id);
}

export async function recordInstalled(
  installed: readonly InstalledExtension[],
): Promise<{ granted: boolean; recorded: number }> {
  const findings = await checkInstalled(installed);
  if (!findings) return { granted: false, recorded: 0 };
  const stored = await currentDeclarations();
  const declaration = stored.declarations.find((d) => d.id === stored.activeId) ?? null;
  await recordEvidence(
    extensionDrafts(findings, { at: Date.now(), ruleDbVersion: RULE_DB_VERSION, catalog: ruleCatalog, declaration }),
  );
  return { granted: true, recorded: findings.length };
}
