// Compile rules into lookup indexes once, so matching never loops over all rules.
//   hosts: domain suffix -> entries (rule + optional path matcher), found by a parent-domain walk
//   vendor domains: registrable domain -> the one rule that names it, read during the same walk
//   globals / extension ids: exact-name maps
//   script_src patterns: one list, used only for page scans (a handful of scripts per page)
import { PLATFORM_DOMAINS } from './platform-domains';
import type { Rule } from './schema';

export interface HostEntry {
  rule: Rule;
  domain: string;
  /** null: any path on this host counts. */
  paths: { pattern: string; regex: RegExp }[] | null;
}

export interface SuffixEntry {
  /** The host signals on exactly this domain, or null. */
  entries: HostEntry[] | null;
  /** The rule naming this domain as its vendor's own, or null. */
  vendor: Rule | null;
}

export interface CompiledRules {
  rules: ReadonlyMap<string, Rule>;
  hosts: ReadonlyMap<string, HostEntry[]>;
  /**
   * The vendors' own registrable domains, for contacts no precise signal matched. Never a platform
   * domain and never from a platform_telemetry rule. When two rules name one domain the first (by the
   * order given) keeps it; the data tests refuse such a pair.
   */
  vendorDomains: ReadonlyMap<string, Rule>;
  /** hosts and vendorDomains joined by domain, so the request walk makes one lookup per parent domain. */
  suffixes: ReadonlyMap<string, SuffixEntry>;
  /** The last two labels of every rule domain: a host whose last two labels are not here cannot match. */
  hostTails: ReadonlySet<string>;
  globals: ReadonlyMap<string, Rule[]>;
  extensionIds: ReadonlyMap<string, Rule[]>;
  scriptPatterns: { rule: Rule; pattern: string; regex: RegExp }[];
}

/** "*" matches any run of characters; everything else is literal; anchored at both ends. */
export function globToRegExp(glob: string, flags = ''): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, flags);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const byId = new Map<string, Rule>();
  const hosts = new Map<string, HostEntry[]>();
  const hostTails = new Set<string>();
  const vendorDomains = new Map<string, Rule>();
  const globals = new Map<string, Rule[]>();
  const extensionIds = new Map<string, Rule[]>();
  const scriptPatterns: CompiledRules['scriptPatterns'] = [];

  for (const rule of rules) {
    if (byId.has(rule.id)) throw new Error(`duplicate rule id "${rule.id}"`);
    byId.set(rule.id, rule);
    for (const host of rule.signals.hosts) {
      const paths = host.paths?.map((pattern) => ({ pattern, regex: globToRegExp(pattern) })) ?? null;
      pushTo(hosts, host.domain, { rule, domain: host.domain, paths });
      hostTails.add(lastTwoLabels(host.domain));
    }
    for (const domain of vendorDomainsOf(rule)) {
      if (vendorDomains.has(domain)) continue;
      vendorDomains.set(domain, rule);
      hostTails.add(lastTwoLabels(domain));
    }
    for (const name of rule.signals.globals) pushTo(globals, name, rule);
    for (const id of rule.signals.extension_ids) pushTo(extensionIds, id, rule);
    for (const pattern of rule.signals.script_src) {
      scriptPatterns.push({ rule, pattern, regex: globToRegExp(pattern) });
    }
  }
  const suffixes = new Map<string, SuffixEntry>();
  for (const [domain, entries] of hosts) suffixes.set(domain, { entries, vendor: null });
  for (const [domain, rule] of vendorDomains) {
    const known = suffixes.get(domain);
    if (known) known.vendor = rule;
    else suffixes.set(domain, { entries: null, vendor: rule });
  }
  return { rules: byId, hosts, hostTails, vendorDomains, suffixes, globals, extensionIds, scriptPatterns };
}

/** The vendor domains that may be matched: none for platform telemetry, never a shared platform domain. */
export function vendorDomainsOf(rule: Rule): string[] {
  if (rule.category === 'platform_telemetry') return [];
  return (rule.vendor_domains ?? []).filter((domain) => !PLATFORM_DOMAINS.has(domain));
}

/** "a.b.example.com" -> "example.com"; a host with fewer than two labels is returned as it is. */
export function lastTwoLabels(host: string): string {
  const last = host.lastIndexOf('.');
  if (last <= 0) return host;
  const previous = host.lastIndexOf('.', last - 1);
  return previous === -1 ? host : host.slice(previous + 1);
}
