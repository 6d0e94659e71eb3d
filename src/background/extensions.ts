// The employer-extensions check, as the background runs it: only once the person has granted the
// optional `management` permission (asked on the options page, from their click), it reads the installed
// extensions, checks them against the rule index, and — when asked — appends them to the evidence log,
// compared with the employer's active declaration (an extension runs on every site, so the declaration
// the person made active is the one that speaks for the browser).
import browser from 'webextension-polyfill';
import { checkExtensions, type ExtensionFinding } from '../extensions/check-extensions';
import { extensionDrafts } from '../extensions/extension-evidence';
import { parseInstalledExtensions } from '../extensions/installed-extension';
import { RULE_DB_VERSION } from '../rules/version';
import { recordEvidence } from '../shared/evidence-db';
import { currentDeclarations, ruleCatalog } from './policy';
import { ruleIndex } from './rules';

/** The findings, or null when the person has not granted `management` (nothing is read then). */
export async function readExtensionFindings(): Promise<ExtensionFinding[] | null> {
  if (!(await browser.permissions.contains({ permissions: ['management'] }))) return null;
  const installed = parseInstalledExtensions(await browser.management.getAll());
  return checkExtensions(installed, ruleIndex, browser.runtime.id);
}

export async function recordExtensionFindings(): Promise<{ granted: boolean; recorded: number }> {
  const findings = await readExtensionFindings();
  if (!findings) return { granted: false, recorded: 0 };
  const stored = await currentDeclarations();
  const declaration = stored.declarations.find((d) => d.id === stored.activeId) ?? null;
  await recordEvidence(extensionDrafts(findings, { at: Date.now(), ruleDbVersion: RULE_DB_VERSION, catalog: ruleCatalog, declaration }));
  return { granted: true, recorded: findings.length };
}
