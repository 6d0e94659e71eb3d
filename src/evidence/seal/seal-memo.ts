// What verifying one file has already proved, per stream of records. In a version 3 log the tallies of one
// (site, product, signal, evidence) share their salts, values, group digests and subject, so once one
// record's digests and subject are worked out, a later record holding exactly the same text in every one
// of those fields needs none of them again: only its own hash, over its seq, times, count and chain.
// Found by the record's path and product digests, confirmed by comparing every other field, so a record
// that differs anywhere goes the long way. (By the path digest alone, a log's few distinct paths made each
// lookup scan dozens of streams: 15 % of verifying a bench:merge file.)
import type { SealGroup } from './seal-groups';

interface Proved {
  salts: Record<SealGroup, string | undefined>;
  site: string | undefined;
  ruleId: string | undefined;
  product: string | undefined;
  signalValue: string | undefined;
  declaration: string | undefined;
  evidence: string | undefined;
  digestSite: string;
  digestHost: string;
  kind: string | undefined;
  category: string | undefined;
  signalKind: string | undefined;
  source: string | undefined;
  ruleDbVersion: string | undefined;
  declared: string | undefined;
  subject: string;
}

type Fields = Record<string, unknown>;

const text = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';
const TEXT_FIELDS = [
  'site',
  'ruleId',
  'product',
  'signalValue',
  'declaration',
  'evidence',
  'kind',
  'category',
  'signalKind',
  'source',
  'ruleDbVersion',
  'declared',
] as const;

/** The record's salts and digests as plain text, or null when it is not the plain shape this memo handles. */
function plainSeal(record: Fields): { salts: Fields; digests: Record<SealGroup, string> } | null {
  const { salts, digests } = record;
  if (typeof salts !== 'object' || salts === null || typeof digests !== 'object' || digests === null) return null;
  let keys = 0;
  for (const key of Object.keys(digests)) {
    if (key !== 'site' && key !== 'product' && key !== 'host' && key !== 'path') return null;
    keys++;
  }
  const d = digests as Fields;
  if (
    keys !== 4 ||
    typeof d.site !== 'string' ||
    typeof d.product !== 'string' ||
    typeof d.host !== 'string' ||
    typeof d.path !== 'string'
  )
    return null;
  const s = salts as Fields;
  if (!text(s.site) || !text(s.product) || !text(s.host) || !text(s.path)) return null;
  return { salts: s, digests: digests as Record<SealGroup, string> };
}

export class SealMemo {
  private readonly byPath = new Map<string, Map<string, Proved[]>>();
  private size = 0;
  constructor(private readonly limit = 50_000) {}

  /** The subject digest, when a record with exactly these fields was proved before; else undefined. */
  provedSubject(record: Fields): string | undefined {
    const digests = record.digests as Record<SealGroup, unknown> | undefined;
    if (
      !digests ||
      typeof digests.path !== 'string' ||
      record.removedThrough !== undefined ||
      record.removedHash !== undefined ||
      record.removedCount !== undefined
    )
      return undefined;
    if (typeof digests.product !== 'string') return undefined;
    const candidates = this.byPath.get(digests.path)?.get(digests.product);
    if (!candidates) return undefined;
    const salts = record.salts as Record<SealGroup, unknown> | undefined;
    if (!salts) return undefined;
    for (const p of candidates) {
      if (
        p.digestSite === digests.site &&
        p.digestHost === digests.host &&
        p.salts.site === salts.site &&
        p.salts.product === salts.product &&
        p.salts.host === salts.host &&
        p.salts.path === salts.path &&
        p.site === record.site &&
        p.ruleId === record.ruleId &&
        p.product === record.product &&
        p.signalValue === record.signalValue &&
        p.declaration === record.declaration &&
        p.evidence === record.evidence &&
        p.kind === record.kind &&
        p.category === record.category &&
        p.signalKind === record.signalKind &&
        p.source === record.source &&
        p.ruleDbVersion === record.ruleDbVersion &&
        p.declared === record.declared &&
        plainSeal(record) !== null
      )
        return p.subject;
    }
    return undefined;
  }

  /** Remember a record whose group digests were checked against its values and whose subject is `subject`. */
  remember(record: Fields, subject: string): void {
    const seal = plainSeal(record);
    if (
      !seal ||
      record.removedThrough !== undefined ||
      record.removedHash !== undefined ||
      record.removedCount !== undefined
    )
      return;
    for (const field of TEXT_FIELDS) if (!text(record[field])) return;
    if (this.size >= this.limit) {
      this.byPath.clear();
      this.size = 0;
    }
    const f = record as Record<(typeof TEXT_FIELDS)[number], string | undefined>;
    const proved: Proved = {
      salts: {
        site: seal.salts.site as string | undefined,
        product: seal.salts.product as string | undefined,
        host: seal.salts.host as string | undefined,
        path: seal.salts.path as string | undefined,
      },
      site: f.site,
      ruleId: f.ruleId,
      product: f.product,
      signalValue: f.signalValue,
      declaration: f.declaration,
      evidence: f.evidence,
      digestSite: seal.digests.site,
      digestHost: seal.digests.host,
      kind: f.kind,
      category: f.category,
      signalKind: f.signalKind,
      source: f.source,
      ruleDbVersion: f.ruleDbVersion,
      declared: f.declared,
      subject,
    };
    let byProduct = this.byPath.get(seal.digests.path);
    if (!byProduct) this.byPath.set(seal.digests.path, (byProduct = new Map()));
    const list = byProduct.get(seal.digests.product);
    if (list) list.push(proved);
    else byProduct.set(seal.digests.product, [proved]);
    this.size++;
  }
}
