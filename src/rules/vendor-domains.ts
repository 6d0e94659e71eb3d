// Checks and derivation for a rule's vendor_domains (schema.ts). The registrable-domain function is
// passed in (tldts' getDomain in scripts and tests), so the pure core carries no public suffix list.
import { PLATFORM_DOMAINS } from './platform-domains';
import type { Rule } from './schema';

/** host -> its registrable domain under the ICANN public suffixes, or null when it has none. */
export type RegistrableDomain = (host: string) => string | null;

export const FILL_COMMAND = 'npm run rules:vendor-domains -- --fill';

/** The registrable domains of a rule's cited hosts, less the shared platform domains, sorted. */
export function deriveVendorDomains(rule: Rule, registrable: RegistrableDomain): string[] {
  if (rule.category === 'platform_telemetry') return [];
  const domains = new Set<string>();
  for (const host of rule.signals.hosts) {
    const domain = registrable(host.domain);
    if (domain !== null && !PLATFORM_DOMAINS.has(domain)) domains.add(domain);
  }
  return [...domains].sort();
}

/** Every problem with the vendor domains of a set of rules, one line each, naming the rule. */
export function vendorDomainProblems(rules: readonly Rule[], registrable: RegistrableDomain): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const rule of rules) {
    if (rule.category === 'platform_telemetry') {
      problems.push(...platformRuleProblems(rule, registrable));
      continue;
    }
    if (rule.vendor_domains === undefined) {
      problems.push(`${rule.id}: vendor_domains is missing (derive it with \`${FILL_COMMAND}\`)`);
      continue;
    }
    const cited = new Set(rule.sources.flatMap((source) => source.covers));
    const derived = new Set(deriveVendorDomains(rule, registrable));
    for (const domain of rule.vendor_domains) {
      const where = `${rule.id}: vendor domain "${domain}"`;
      if (PLATFORM_DOMAINS.has(domain)) problems.push(`${where} is a shared platform domain (platform-domains.ts)`);
      else if (registrable(domain) !== domain) problems.push(`${where} is not a registrable domain`);
      else if (!derived.has(domain) && !cited.has(domain))
        problems.push(`${where} is neither the registrable domain of a cited host nor in a source's "covers"`);
      const other = owner.get(domain);
      if (other !== undefined) problems.push(`${where} is also named by ${other}; one rule per vendor domain`);
      else owner.set(domain, rule.id);
    }
  }
  return problems;
}

/** A platform telemetry rule names no vendor domain, and the domains of its hosts are platform domains. */
function platformRuleProblems(rule: Rule, registrable: RegistrableDomain): string[] {
  const problems: string[] = [];
  if ((rule.vendor_domains ?? []).length > 0) {
    problems.push(`${rule.id}: a platform_telemetry rule names no vendor_domains (only its precise signals count)`);
  }
  for (const host of rule.signals.hosts) {
    const domain = registrable(host.domain);
    if (domain !== null && !PLATFORM_DOMAINS.has(domain)) {
      problems.push(`${rule.id}: "${domain}" (of ${host.domain}) is missing from platform-domains.ts`);
    }
  }
  return problems;
}
