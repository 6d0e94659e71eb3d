// Observation -> detections. Pure and total: malformed input yields no detection, never an exception.
import type { Detection, Observation } from '../core/model';
import { redactUrl, splitUrl, type SplitUrl } from '../core/url';
import { lastTwoLabels, type CompiledRules, type HostEntry } from './compile';
import type { Rule } from './schema';

/** What a host can match, worked out once per host: the host signals on it and its parent domains. */
interface HostPlan {
  /** The entries of each parent domain that has any, most specific first. */
  entries: HostEntry[][];
  /** The most specific vendor domain on the walk, for a contact no precise signal matched. */
  vendor: Rule | undefined;
  vendorDomain: string;
}

/**
 * Pages call the same few hosts again and again: each host's walk is done once and kept, per compiled
 * index. Bounded, so a page inventing hosts cannot grow it without end: full, it starts again.
 */
const MAX_PLANNED_HOSTS = 16_384;
let plannedFor: CompiledRules | undefined;
let plans = new Map<string, HostPlan | null>();

function planFor(index: CompiledRules, host: string): HostPlan | null {
  if (plannedFor !== index) {
    plannedFor = index;
    plans = new Map();
  }
  let plan = plans.get(host);
  if (plan !== undefined) return plan;
  plan = walkHost(index, host);
  if (plans.size >= MAX_PLANNED_HOSTS) plans.clear();
  plans.set(host, plan);
  return plan;
}

/**
 * Walk from the full host up through its parent domains, most specific first, collecting the host
 * signals on each; a host under a vendor's own registrable domain also notes that vendor, for a
 * vendor-domain contact (low confidence) when no precise signal matches.
 */
function walkHost(index: CompiledRules, host: string): HostPlan | null {
  // Most requests go to hosts no rule mentions: one set lookup turns them away before the walk.
  if (!index.hostTails.has(lastTwoLabels(host))) return null;
  const entries: HostEntry[][] = [];
  let vendor: Rule | undefined;
  let vendorDomain = '';
  let suffix = host;
  for (;;) {
    const at = index.suffixes.get(suffix);
    if (at !== undefined && at.entries !== null) entries.push(at.entries);
    if (vendor === undefined && at !== undefined && at.vendor !== null) {
      vendor = at.vendor;
      vendorDomain = suffix;
    }
    const dot = suffix.indexOf('.');
    // Rule domains have at least two labels, so a bare TLD is never worth a lookup.
    if (dot === -1 || suffix.indexOf('.', dot + 1) === -1) break;
    suffix = suffix.slice(dot + 1);
  }
  return entries.length === 0 && vendor === undefined ? null : { entries, vendor, vendorDomain };
}

/** The URL's host and path against the host's plan: precise signals first, else the vendor contact. */
function findHostMatches(index: CompiledRules, split: SplitUrl, source: Detection['source']): Detection[] {
  const plan = planFor(index, split.host);
  if (plan === null) return [];
  let found: Detection[] | null = null;
  let seen: Set<string> | null = null;
  for (const onDomain of plan.entries) {
    for (const entry of onDomain) {
      const path = matchPath(entry, split.path);
      if (path === undefined) continue;
      seen ??= new Set();
      if (seen.has(entry.rule.id)) continue;
      seen.add(entry.rule.id);
      found ??= [];
      found.push({
        ruleId: entry.rule.id,
        signal: path === null ? { kind: 'host', domain: entry.domain } : { kind: 'host', domain: entry.domain, path },
        evidence: redactUrl(split),
        source,
      });
    }
  }
  if (found !== null) return found;
  if (plan.vendor === undefined) return [];
  return [
    {
      ruleId: plan.vendor.id,
      signal: { kind: 'vendor_domain', domain: plan.vendorDomain },
      evidence: redactUrl(split),
      source,
    },
  ];
}

/** undefined: no match; null: matched a host-only signal; string: the path pattern that matched. */
function matchPath(entry: HostEntry, path: string): string | null | undefined {
  if (entry.paths === null) return null;
  for (const { pattern, regex } of entry.paths) if (regex.test(path)) return pattern;
  return undefined;
}

export function matchRequest(index: CompiledRules, observation: Observation): Detection[] {
  const split = splitUrl(observation?.url);
  return split === null ? [] : matchSplitRequest(index, split);
}

/** The same for a URL the caller has already split: the request hot path splits each URL once. */
export function matchSplitRequest(index: CompiledRules, split: SplitUrl): Detection[] {
  try {
    return findHostMatches(index, split, 'network');
  } catch {
    return [];
  }
}

const MAX_PAGE_ITEMS = 500;

/** Page-reported signals: global names the page defines and the src of each script it loads. */
export function matchPageSignals(index: CompiledRules, globals: unknown, scriptSrcs: unknown): Detection[] {
  const out: Detection[] = [];
  const seen = new Set<string>();
  const add = (detection: Detection): void => {
    const key = `${detection.ruleId}\u0000${detection.signal.kind}\u0000${detection.evidence}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(detection);
    }
  };
  try {
    for (const name of asStrings(globals)) {
      for (const rule of index.globals.get(name) ?? []) {
        add({ ruleId: rule.id, signal: { kind: 'global', name }, evidence: `window.${name}`, source: 'page' });
      }
    }
    for (const src of asStrings(scriptSrcs)) {
      const split = splitUrl(src);
      if (split === null) continue;
      for (const detection of findHostMatches(index, split, 'page')) add(detection);
      const hostAndPath = `${split.host}${split.path}`.toLowerCase();
      for (const { rule, pattern, regex } of index.scriptPatterns) {
        if (regex.test(hostAndPath)) {
          add({ ruleId: rule.id, signal: { kind: 'script_src', pattern }, evidence: redactUrl(split), source: 'page' });
        }
      }
    }
  } catch {
    return out;
  }
  return out;
}

export interface InstalledExtension {
  id: string;
  name?: string;
  installType?: string;
}

export function matchExtensions(index: CompiledRules, installed: unknown): Detection[] {
  if (!Array.isArray(installed)) return [];
  const out: Detection[] = [];
  for (const item of installed.slice(0, MAX_PAGE_ITEMS) as unknown[]) {
    const id = (item as InstalledExtension | null)?.id;
    if (typeof id !== 'string') continue;
    for (const rule of index.extensionIds.get(id) ?? []) {
      out.push({
        ruleId: rule.id,
        signal: { kind: 'extension_id', id },
        evidence: `extension ${id}`,
        source: 'browser',
      });
    }
  }
  return out;
}

function asStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[])
    .slice(0, MAX_PAGE_ITEMS)
    .filter((v): v is string => typeof v === 'string' && v.length <= 2048);
}
