// Compiles src/rules/vendors/*.json into one validated module at build time (`virtual:sightline-rules`),
// the autoconsent way: a malformed or unsourced rule fails the build with the file and field named, and
// the extension starts from data that is already parsed, so the worker only builds its lookup maps.
// src/rules/tls-issuers.json is checked the same way and shipped as a flat list of names.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { lintRuleFiles } from '../src/rules/lint';
import { lintFeatureFiles, summariseFeature } from '../src/rules/platform-feature';
import { catalogSummaries, lintRetired } from '../src/rules/retired';
import { lintTlsIssuers } from '../src/tls/issuers';
import {
  FEATURE_DIR,
  readRetiredFile,
  readRuleFiles,
  RETIRED_FILE,
  TLS_ISSUERS_FILE,
  VENDOR_DIR,
} from './read-rule-files';

const VIRTUAL_ID = 'virtual:sightline-rules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/**
 * What the popup and options pages need to describe a product, without signals, sources or examples; it
 * also names retired products (src/rules/retired.json) so evidence recorded before they left is still named.
 */
const CATALOG_ID = 'virtual:sightline-catalog';
const RESOLVED_CATALOG_ID = `\0${CATALOG_ID}`;
/** Informational platform features (src/rules/platform-features), as FeatureSummary[]. */
const FEATURES_ID = 'virtual:sightline-platform-features';
const RESOLVED_FEATURES_ID = `\0${FEATURES_ID}`;
/** Known TLS-inspection issuer names (src/rules/tls-issuers.json), as IssuerName[] without sources. */
const TLS_ISSUERS_ID = 'virtual:sightline-tls-issuers';
const RESOLVED_TLS_ISSUERS_ID = `\0${TLS_ISSUERS_ID}`;

function loadTlsIssuers(fail: (message: string) => never): string {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(TLS_ISSUERS_FILE, 'utf8'));
  } catch (error) {
    fail(`tls-issuers.json is not JSON: ${String(error)}`);
  }
  const { names, problems } = lintTlsIssuers(data);
  if (problems.length > 0) fail(`TLS issuer list has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return `export default ${JSON.stringify(names)};`;
}

export function sightlineRules(): Plugin {
  return {
    name: 'sightline-rules',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === CATALOG_ID) return RESOLVED_CATALOG_ID;
      if (id === FEATURES_ID) return RESOLVED_FEATURES_ID;
      if (id === TLS_ISSUERS_ID) return RESOLVED_TLS_ISSUERS_ID;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_TLS_ISSUERS_ID) {
        this.addWatchFile(TLS_ISSUERS_FILE);
        return loadTlsIssuers((message) => this.error(message));
      }
      if (id !== RESOLVED_ID && id !== RESOLVED_CATALOG_ID && id !== RESOLVED_FEATURES_ID) return undefined;
      this.addWatchFile(VENDOR_DIR);
      this.addWatchFile(FEATURE_DIR);
      this.addWatchFile(RETIRED_FILE);
      const { rules, problems } = lintRuleFiles(readRuleFiles());
      const features = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));
      const retired = lintRetired(readRetiredFile(), new Set(rules.map((r) => r.id)));
      problems.push(...features.problems, ...retired.problems);
      if (problems.length > 0) {
        this.error(`rule database has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
      }
      if (id === RESOLVED_FEATURES_ID)
        return `export default ${JSON.stringify(features.features.map(summariseFeature))};`;
      if (id === RESOLVED_ID) return `export default ${JSON.stringify(rules)};`;
      const summaries = catalogSummaries(rules, retired.retired);
      return `export default ${JSON.stringify(Object.fromEntries(summaries.map((s) => [s.id, s])))};`;
    },
  };
}
