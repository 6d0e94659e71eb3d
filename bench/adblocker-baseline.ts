// The same signatures expressed as network filters for @ghostery/adblocker, a mature, fast matcher,
// so our numbers are compared with a real engine in the same run rather than with a fixed target.
import { FiltersEngine, Request } from '@ghostery/adblocker';
import type { Rule } from '../src/rules/schema';

export function rulesToFilters(rules: readonly Rule[]): string[] {
  const filters: string[] = [];
  for (const rule of rules) {
    for (const host of rule.signals.hosts) {
      if (!host.paths) filters.push(`||${host.domain}^`);
      else for (const path of host.paths) filters.push(`||${host.domain}${path.endsWith('*') ? path : `${path}|`}`);
    }
  }
  return filters;
}

export function buildBaseline(rules: readonly Rule[]): (url: string) => boolean {
  const engine = FiltersEngine.parse(rulesToFilters(rules).join('\n'), { loadCosmeticFilters: false });
  return (url) =>
    engine.match(Request.fromRawDetails({ url, type: 'script', sourceUrl: 'https://work.example/' })).match;
}
