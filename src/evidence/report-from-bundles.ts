// Build the printable report's model from one member's bundle or from many (the rep's merged view):
// products across bundles with counts, sites, first/last seen and how many members saw each; a daily
// timeline; unknown third parties; and each bundle's integrity.
import type { RuleSummary } from '../rules/catalog';
import { englishText } from '../rules/english-text';
import { categoryNameKey } from '../rules/taxonomy';
import type { EvidenceBundle, ExportedEntry, Redaction } from './bundle';
import type { DeclaredStatus, ReportModel, ReportProduct } from './report-model';
import type { Verification } from './verify';

export interface CheckedBundle {
  bundle: EvidenceBundle;
  verification: Verification;
}

const DETAIL: Redaction[] = ['category', 'host', 'full'];
const STATUS: Record<string, DeclaredStatus> = { product: 'product', category: 'category', no: 'undeclared' };
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

export function memberLabel(bundle: EvidenceBundle): string {
  return bundle.member.named ? bundle.member.name : `Member ${bundle.member.code}`;
}

export function reportModelFromBundles(checked: readonly CheckedBundle[], catalog: ReadonlyMap<string, RuleSummary>, now: Date): ReportModel {
  const products = new Map<string, ReportProduct & { memberKeys: Set<string>; firstMs: number; lastMs: number; statusAt: number }>();
  const timeline = new Map<string, { count: number; undeclared: number }>();
  const unknown = new Map<string, { sites: Set<string>; count: number }>();
  let from = Infinity;
  let to = -Infinity;
  for (const { bundle } of checked) {
    const memberKey = bundle.member.named ? `n:${bundle.member.name}` : `c:${bundle.member.code}`;
    for (const record of bundle.records) {
      if (record.kind === 'checkpoint') continue;
      const entry = record as ExportedEntry;
      from = Math.min(from, entry.firstAt);
      to = Math.max(to, entry.lastAt);
      if (entry.kind === 'unknown_third_party') {
        const host = entry.signalValue ?? '(redacted)';
        const seen = unknown.get(host) ?? { sites: new Set<string>(), count: 0 };
        if (entry.site) seen.sites.add(entry.site);
        seen.count += entry.count;
        unknown.set(host, seen);
        continue;
      }
      const rule = entry.ruleId ? catalog.get(entry.ruleId) : undefined;
      const category = entry.category ?? rule?.category ?? 'session_recording';
      const key = entry.ruleId ?? `category:${category}`;
      let product = products.get(key);
      if (!product) {
        product = {
          product: entry.product ?? rule?.product ?? englishText(categoryNameKey(category)),
          vendor: rule?.vendor,
          category,
          capabilities: rule?.capabilities ?? [],
          sites: [],
          count: 0,
          first: '',
          last: '',
          status: 'no-policy',
          memberKeys: new Set(),
          firstMs: Infinity,
          lastMs: -Infinity,
          statusAt: -1,
        };
        products.set(key, product);
      }
      product.count += entry.count;
      product.firstMs = Math.min(product.firstMs, entry.firstAt);
      product.lastMs = Math.max(product.lastMs, entry.lastAt);
      if (entry.site && !product.sites.includes(entry.site)) product.sites.push(entry.site);
      product.memberKeys.add(memberKey);
      // The latest comparison with a policy decides (a later declaration may have named it).
      if (entry.at > product.statusAt) {
        product.statusAt = entry.at;
        product.status = entry.declared ? STATUS[entry.declared]! : 'no-policy';
      }
      const bucket = timeline.get(day(entry.lastAt)) ?? { count: 0, undeclared: 0 };
      bucket.count += entry.count;
      if (entry.declared === 'no') bucket.undeclared += entry.count;
      timeline.set(day(entry.lastAt), bucket);
    }
  }
  const merged = checked.length > 1;
  return {
    title: merged ? `Workplace monitoring seen by ${checked.length} members` : `Workplace monitoring seen by ${checked[0] ? memberLabel(checked[0].bundle) : 'a member'}`,
    generatedAt: now.toISOString(),
    scope: merged ? 'merged' : 'member',
    members: merged ? new Set(checked.map(({ bundle }) => memberLabel(bundle))).size : undefined,
    integrity: checked.map(({ bundle, verification }) => ({
      label: `${memberLabel(bundle)} (export ${bundle.exportId.slice(0, 8)}, ${bundle.entryCount} records)`,
      status: verification.intact ? 'intact' : 'broken',
      detail: verification.intact ? undefined : verification.reason,
    })),
    ruleDbVersions: [...new Set(checked.map(({ bundle }) => bundle.ruleDbVersion))],
    extensionVersions: [...new Set(checked.map(({ bundle }) => bundle.extensionVersion))],
    declaration: checked.map(({ bundle }) => bundle.declaration).find(Boolean) ? { label: checked.map(({ bundle }) => bundle.declaration).find(Boolean)!.replace(/^[^:]*:\s*/, '') } : undefined,
    range: Number.isFinite(from) ? { from: iso(from), to: iso(to) } : null,
    products: [...products.values()].map(({ memberKeys, firstMs, lastMs, statusAt: _statusAt, ...p }) => ({
      ...p,
      first: iso(firstMs),
      last: iso(lastMs),
      members: merged ? memberKeys.size : undefined,
    })),
    declaredNotSeen: [],
    timeline: [...timeline].sort(([a], [b]) => a.localeCompare(b)).map(([d, v]) => ({ day: d, ...v })),
    unknownThirdParties: [...unknown].map(([host, v]) => ({ host, sites: [...v.sites].sort(), count: v.count })).sort((a, b) => b.count - a.count),
    redaction: checked.reduce<Redaction>((least, { bundle }) => (DETAIL.indexOf(bundle.redaction) < DETAIL.indexOf(least) ? bundle.redaction : least), 'full'),
  };
}
