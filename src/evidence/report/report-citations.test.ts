// Every "can capture" in a report is checked against the rule files themselves (read here as plain JSON,
// not through the catalog the report uses): each capability's bracketed numbers are exactly the sources
// whose `capabilities` name it, the numbered list is the rule's sources in order, and a capability no
// source documents carries no number and is said to lack one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { buildBundle } from '../export/bundle';
import { verifyBundle } from '../export/read-bundle';
import { draft } from '../log/test-entries';
import { reportModelFromBundles } from '../merge/report-from-bundles';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { renderReportHtml } from './report-html';
import englishMessages from '../../../public/_locales/en/messages.json';

interface RawSource {
  url: string;
  capabilities?: string[];
}
interface RawRule {
  id: string;
  product: string;
  category: string;
  capabilities: string[];
  sources: RawSource[];
}

const VENDORS = join(import.meta.dirname, '..', '..', 'rules', 'vendors');
const rules: RawRule[] = readdirSync(VENDORS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(VENDORS, f), 'utf8')) as RawRule);

const messages = englishMessages as Record<string, { message: string }>;
const words = (capability: string): string => messages[`capability_${capability}`]!.message;
const unescape = (text: string): string =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function reportFor(chosen: readonly RawRule[]): Promise<string> {
  const T = Date.UTC(2026, 10, 2, 9);
  const drafts = chosen.map((r, i) =>
    draft({
      ruleId: r.id,
      product: r.product,
      category: r.category as never,
      at: T + i,
      firstAt: T + i,
      lastAt: T + i,
    }),
  );
  const { sealed } = sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH });
  const bundle = buildBundle(sealed, {
    exportId: 'export-citations',
    createdAt: new Date(T + 86_400_000),
    extensionVersion: '0.2.0',
    ruleDbVersion: 'test',
    redaction: 'full',
    member: { named: false, code: 'M-CITATION' },
  });
  const model = reportModelFromBundles([{ bundle, verification: await verifyBundle(bundle) }], ruleCatalog, new Date());
  return renderReportHtml(model);
}

/** Each product card's heading, capability items and numbered source addresses, as printed. */
function cards(report: string): Map<string, { capabilities: Map<string, number[]>; urls: string[]; note: string }> {
  const out = new Map<string, { capabilities: Map<string, number[]>; urls: string[]; note: string }>();
  for (const card of report.split('<article class="product').slice(1)) {
    const product = unescape(/<h3>([^<]*)/.exec(card)![1]!.trim());
    const canCapture = /<dt>Can capture<\/dt><dd><ul>([\s\S]*?)<\/ul>/.exec(card)![1]!;
    const capabilities = new Map<string, number[]>();
    for (const [, text, nums] of canCapture.matchAll(
      /<li>([^<]*?)(?: <span class="cite">\[([\d, ]+)\]<\/span>)?<\/li>/g,
    ))
      capabilities.set(unescape(text!), nums ? nums.split(', ').map(Number) : []);
    const list = /<ol class="citations">([\s\S]*?)<\/ol>/.exec(card)?.[1] ?? '';
    const urls = [...list.matchAll(/<span class="url">([^<]*)<\/span>/g)].map((m) => unescape(m[1]!));
    const note = /<ol class="citations">[\s\S]*?<\/ol>(<p class="note">[\s\S]*?<\/p>)?/.exec(card)?.[1] ?? '';
    out.set(product, { capabilities, urls, note });
  }
  return out;
}

describe('citations behind "can capture" in the report', () => {
  // Product names that two rules share cannot be told apart by heading; each chunk keeps names unique.
  const unique = rules.filter((r) => rules.filter((o) => o.product === r.product).length === 1);
  const chunks = Array.from({ length: Math.ceil(unique.length / 40) }, (_, i) => unique.slice(i * 40, i * 40 + 40));

  it('covers nearly every rule', () => {
    expect(unique.length).toBeGreaterThan(rules.length - 5);
  });

  it.each(chunks.map((c, i) => [i, c] as const))(
    'chunk %i: numbers, sources and gaps match the rule files',
    async (_i, chunk) => {
      const printed = cards(await reportFor(chunk));
      for (const rule of chunk) {
        const card = printed.get(rule.product);
        expect(card, rule.id).toBeDefined();
        expect(card!.urls, `${rule.id}: the numbered sources`).toEqual(rule.sources.map((s) => new URL(s.url).href));
        const undocumented: string[] = [];
        for (const capability of rule.capabilities) {
          const expected = rule.sources.flatMap((s, i) => (s.capabilities?.includes(capability) ? [i + 1] : []));
          expect(card!.capabilities.get(words(capability)), `${rule.id}: ${capability}`).toEqual(expected);
          if (expected.length === 0) undocumented.push(capability);
        }
        if (undocumented.length === 0) expect(card!.note, rule.id).toBe('');
        else if (undocumented.length === rule.capabilities.length) expect(card!.note, rule.id).toContain('as a whole');
        else for (const c of undocumented) expect(card!.note, `${rule.id}: ${c}`).toContain(words(c));
      }
    },
  );
});
