// Compiles src/rules/vendors/*.json into one validated module at build time (`virtual:sightline-rules`),
// the autoconsent way: a malformed or unsourced rule fails the build with the file and field named, and
// the extension starts from data that is already parsed, so the worker only builds its lookup maps.
import type { Plugin } from 'vite';
import { lintRuleFiles } from '../src/rules/lint';
import { readRuleFiles, VENDOR_DIR } from './read-rule-files';

const VIRTUAL_ID = 'virtual:sightline-rules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function sightlineRules(): Plugin {
  return {
    name: 'sightline-rules',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(VENDOR_DIR);
      const { rules, problems } = lintRuleFiles(readRuleFiles());
      if (problems.length > 0) {
        this.error(`rule database has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
      }
      return `export default ${JSON.stringify(rules)};`;
    },
  };
}
