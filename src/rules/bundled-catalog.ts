// Product descriptions for extension pages (popup, options), keyed by rule id, including retired products
// (src/rules/retired.ts) so evidence recorded before a rule left is still named and compared with the policy.
import catalog from 'virtual:sightline-catalog';
import type { RuleSummary } from './catalog';

export const ruleCatalog: ReadonlyMap<string, RuleSummary> = new Map(Object.entries(catalog));

/** Products the shipped rules detect (the catalog also names retired ones, for evidence recorded earlier). */
export const detectedProductCount = [...ruleCatalog.values()].filter((rule) => !rule.retired).length;
