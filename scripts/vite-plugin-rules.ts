// Compiles src/rules/vendors/*.json into one validated module at build time (`virtual:sightline-rules`),
// the autoconsent way: a malformed or unsourced rule fails the build with the file and field named, and
// the extension starts from data that is already parsed, so the worker only builds its lookup maps.
import type { Plugin } from 'vite';
import { summariseRule } from '../src/rules/catalog';
import { lintRuleFiles } from '../src/rules/lint';
import { lintFeatureFiles, summariseFeature } from '../src/rules/platform-feature';
import { FEATURE_DIR, readRuleFiles, VENDOR_DIR } from './read-rule-files';

const VIRTUAL_ID = 'virtual:sightline-rules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** What the popup and options pages need to describe a product, without signals, sources or examples. */
const CATALOG_ID = 'virtual:sightline-catalog';
const RESOLVED_CATALOG_ID = `\0${CATALOG_ID}`;
/** Informational platform features (src/rules/platform-features), as FeatureSummary[]. */
const FEATURES_ID = 'virtual:sightline-platform-features';
const RESOLVED_FEATURES_ID = `\0${FEATURES_ID}`;

export function sightlineRules(): Plugin {
  return {
    name: 'sightline-rules',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === CATALOG_ID) return RESOLVED_CATALOG_ID;
      if (id === FEATURES_ID) return RESOLVED_FEATURES_ID;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_CATALOG_ID && id !== RESOLVED_FEATURES_ID) return undefined;
      this.addWatchFile(VENDOR_DIR);
      this.addWatchFile(FEATURE_DIR);
      const { rules, problems } = lintRuleFiles(readRuleFiles());
      const features = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));
      problems.push(...features.problems);
      if (problems.length > 0) {
        this.error(`rule database has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
      }
      if (id === RESOLVED_FEATURES_ID) return `export default ${JSON.stringify(features.features.map(summariseFeature))};`;
      if (id === RESOLVED_ID) return `export default ${JSON.stringify(rules)};`;
      return `export default ${JSON.stringify(Object.fromEntries(rules.map((rule) => [rule.id, summariseRule(rule)])))};`;
    },
  };
}
