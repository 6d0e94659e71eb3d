// One member's bundle boiled down to what merging needs: per product and site the counts, first/last
// seen and the latest policy status; per day the counts; unknown hosts; the bundle's description and
// integrity. Small, so a rep can merge a thousand members without holding a thousand logs.
import type { RuleSummary } from '../../rules/catalog';
import { englishText } from '../../core/english-text';
import { nullRecord, own, toNullRecord } from '../../core/own';
import { categoryNameKey, type CategoryId } from '../../core/taxonomy';
import type { EvidenceBundle, ExportedEntry } from '../export/bundle';
import { PAGE_LOAD } from '../log/entry';
import type { Redaction } from '../seal/redaction';
import { addExtensionEntry, type MemberExtension } from './extension-rows';
import { fromPersistedDeclared, type DeclaredStatus } from '../../policy/declared-status';
import { foldRow } from '../../core/fold-row';
import type { SignatureCheck } from '../seal/signature';
import type { Verification } from '../seal/verify';
import { memberReports, type MemberReport } from './member-reports';

export interface CheckedBundle {
  bundle: EvidenceBundle;
  /** With the signature check when it came from verifyBundle. */
  verification: Verification & { signature?: SignatureCheck };
}

export interface ProductSite {
  productKey: string;
  product: string;
  vendor?: string;
  category: CategoryId;
  capabilities: string[];
  /** At least one record was seen by the browser itself (network, loaded script, browser), not only page-reported. */
  observed?: boolean;
  /** Observations per UTC day ("2026-11-02") the product has a record on: the report's units are days. */
  days?: Record<string, number>;
  /** Page loads it was seen on (page_load entries; absent when the log recorded none). */
  visits?: number;
  site: string;
  count: number;
  first: number;
  last: number;
  status: DeclaredStatus;
  statusAt: number;
}

export interface MemberSummary {
  /** Set for a browser capture's summary (capture/capture-summary.ts); absent for a live log's export. */
  source?: 'capture';
  memberKey: string;
  label: string;
  exportId: string;
  headSeq: number;
  headHash: string | null;
  /** The hash of the file's first record: with headHash, what says two files hold the same log. */
  firstHash?: string | null;
  records: number;
  /** Broken: why, and the first broken entry (its seq and its place in the file, from 0). */
  integrity: { status: 'intact' | 'broken'; detail?: string; seq?: number; index?: number };
  /** SHA-256 of the file's bytes (absent when summarised from a bundle, not a file). */
  sha256?: string;
  /** A member's several exports summarised as one (merge/member-exports.ts): each file's SHA-256. */
  sources?: string[];
  /** Who signed the file (version 4): the key's fingerprint; absent in summaries made before signing. */
  signature?: SignatureCheck;
  ruleDbVersion: string;
  extensionVersion: string;
  declaration?: string;
  redaction: Redaction;
  range: { from: number; to: number } | null;
  productSites: ProductSite[];
  timeline: Record<string, { count: number; undeclared: number }>;
  unknown: Record<string, { sites: string[]; count: number }>;
  /** Products that were sent the member's identifiers: product key -> forms ("email:sha256"). */
  identity?: Record<string, { product: string; forms: string[] }>;
  /** Browser extensions recorded by the employer-extensions check (absent in older summaries). */
  extensions?: MemberExtension[];
  /** The member's own reports (export version 5), each once; never part of any count above. */
  reported?: MemberReport[];
}

export function memberKeyOf(bundle: EvidenceBundle): string {
  return bundle.member.named ? `name:${bundle.member.name.toLowerCase()}` : `code:${bundle.member.code}`;
}

export function memberLabel(bundle: EvidenceBundle): string {
  return bundle.member.named ? bundle.member.name : `Member ${bundle.member.code}`;
}

const DAY_MS = 86_400_000;
let lastDay = NaN;
let lastDayText = '';

/** "2026-10-01": the UTC day of a time; records come in time order, so the last answer is usually right. */
function dayOf(at: number): string {
  const day = Math.floor(at / DAY_MS);
  if (day !== lastDay) {
    lastDay = day;
    lastDayText = new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  return lastDayText;
}

export function summariseBundle(
  { bundle, verification }: CheckedBundle,
  catalog: ReadonlyMap<string, RuleSummary>,
): MemberSummary {
  const rows = new Map<string, ProductSite>();
  const timeline: MemberSummary['timeline'] = nullRecord();
  const unknown = new Map<string, { sites: Set<string>; count: number }>();
  const extensions = new Map<string, MemberExtension>();
  const identity: NonNullable<MemberSummary['identity']> = nullRecord();
  let from = Infinity;
  let to = -Infinity;
  for (const record of bundle.records) {
    if (record.kind === 'checkpoint') continue;
    const entry = record as ExportedEntry;
    from = Math.min(from, entry.firstAt);
    to = Math.max(to, entry.lastAt);
    const site = entry.site ?? '(site not exported)';
    if (entry.kind === 'unknown_third_party') {
      const seen = unknown.get(entry.signalValue ?? '(not exported)') ?? { sites: new Set<string>(), count: 0 };
      seen.sites.add(site);
      seen.count += entry.count;
      unknown.set(entry.signalValue ?? '(not exported)', seen);
      continue;
    }
    if (entry.signalKind === 'identifier' && entry.ruleId && entry.signalValue) {
      const sent =
        own(identity, entry.ruleId) ?? (identity[entry.ruleId] = { product: entry.product ?? entry.ruleId, forms: [] });
      if (!sent.forms.includes(entry.signalValue)) sent.forms.push(entry.signalValue);
    }
    if (entry.signalKind === 'extension_id') {
      addExtensionEntry(extensions, entry);
      // An extension the rule database does not know is not a monitoring product: it is listed only with
      // the extensions, never counted as a product of some guessed category.
      if (!entry.ruleId && !entry.category) continue;
    }
    const rule = entry.ruleId ? catalog.get(entry.ruleId) : undefined;
    const category = (entry.category ?? rule?.category ?? 'session_recording') as CategoryId;
    const productKey = entry.ruleId ?? `category:${category}`;
    const key = `${productKey}\u001f${site}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        productKey,
        product: entry.product ?? rule?.product ?? englishText(categoryNameKey(category)),
        vendor: rule?.vendor,
        category,
        capabilities: rule?.capabilities ?? [],
        site,
        observed: false,
        days: nullRecord(),
        count: 0,
        first: Infinity,
        last: -Infinity,
        status: 'no-policy',
        statusAt: -1,
      };
      rows.set(key, row);
    }
    if (entry.source !== 'page' && entry.source !== 'page_timing') row.observed = true;
    const status = fromPersistedDeclared(entry.declared);
    // Page loads are counted apart: they are the unit, observations only the detail.
    const pageLoad = entry.signalKind === PAGE_LOAD;
    const observations = pageLoad ? 0 : entry.count;
    if (pageLoad) row.visits = (row.visits ?? 0) + entry.count;
    // The latest comparison with a policy decides (a later declaration may have named it).
    foldRow(row, { count: observations, first: entry.firstAt, last: entry.lastAt, status, statusAt: entry.at });
    const day = dayOf(entry.lastAt);
    if (row.days) row.days[day] = (own(row.days, day) ?? 0) + observations;
    const bucket = own(timeline, day) ?? (timeline[day] = { count: 0, undeclared: 0 });
    bucket.count += observations;
    if (status === 'undeclared') bucket.undeclared += observations;
  }
  return {
    memberKey: memberKeyOf(bundle),
    label: memberLabel(bundle),
    exportId: bundle.exportId,
    headSeq: bundle.chainHead?.seq ?? 0,
    headHash: bundle.chainHead?.hash ?? null,
    firstHash: bundle.records[0]?.hash ?? null,
    records: bundle.records.length,
    integrity: verification.intact
      ? { status: 'intact' }
      : { status: 'broken', detail: verification.reason, seq: verification.seq, index: verification.index },
    signature: verification.signature,
    ruleDbVersion: bundle.ruleDbVersion,
    extensionVersion: bundle.extensionVersion,
    declaration: bundle.declaration,
    redaction: bundle.redaction,
    range: Number.isFinite(from) ? { from, to } : null,
    productSites: [...rows.values()],
    timeline,
    // Hosts come from imported files: a record with no prototype, so "constructor" is just a host.
    unknown: toNullRecord(
      Object.fromEntries([...unknown].map(([host, v]) => [host, { sites: [...v.sites], count: v.count }])),
    ),
    extensions: [...extensions.values()],
    identity,
    reported: memberReports(bundle.reported),
  };
}
