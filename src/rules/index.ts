// The rule database as shipped: every vendors/*.json bundled at build time by Vite, validated, compiled.
import { compileRules, type CompiledRules } from './compile';
import { parseRuleFile, type RuleFile } from './lint';
import type { Rule } from './schema';

/** Bump on every change to the rule files; see src/rules/CHANGELOG.md. */
export const RULE_DB_VERSION = '2026.11.22';

const modules = import.meta.glob<unknown>('./vendors/*.json', { eager: true, import: 'default' });

export function bundledRuleFiles(): RuleFile[] {
  return Object.entries(modules)
    .map(([path, data]) => ({ fileId: path.replace(/^.*\/(.+)\.json$/, '$1'), data }))
    .sort((a, b) => a.fileId.localeCompare(b.fileId));
}

/**
 * Parse and compile the bundled rules. A rule that fails validation is left out (and reported) rather
 * than taking detection down with it; the data tests keep that from ever shipping.
 */
export function loadRules(files: RuleFile[] = bundledRuleFiles()): { index: CompiledRules; rejected: string[] } {
  const rules: Rule[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    const result = parseRuleFile(file);
    if (result.ok) rules.push(result.rule);
    else rejected.push(...result.problems);
  }
  return { index: compileRules(rules), rejected };
}
