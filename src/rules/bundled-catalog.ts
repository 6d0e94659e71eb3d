// Product descriptions for extension pages (popup, options), keyed by rule id.
import catalog from 'virtual:sightline-catalog';
import type { RuleSummary } from './catalog';

export const ruleCatalog: ReadonlyMap<string, RuleSummary> = new Map(Object.entries(catalog));
