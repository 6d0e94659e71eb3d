// The strongest evidence in a log, for letters and reports: the worker's identity sent to a product (in
// which forms), and each promise of today's policy that a product seen breaks. Computed from the log
// entries and the declaration that applies now; a product known only from what pages reported counts
// for a contradiction only when the person asks, like everywhere else in letters. A vendor-domain contact
// (a request to another host of the vendor's own domain, say its marketing site) shows the vendor was
// reached, not that its product ran, so it never makes a broken promise.
import { contradictionsOf, type SeenProduct } from '../../policy/contradictions';
import type { PolicyPromise } from '../../policy/declaration';
import type { PolicyNow } from '../../policy/status-now';
import { sourcesDocumenting, type RuleSummary } from '../../rules/catalog';
import type { EvidenceEntry } from '../log/entry';

export interface IdentitySent {
  product: string;
  /** "email:sha256" labels, in the order first seen (identity/kinds.ts). */
  forms: string[];
  sites: string[];
}

export interface ContradictionFound {
  promise: PolicyPromise;
  by: 'product' | 'category' | 'capability';
  /** Seen on the network or as a script; sorted. */
  products: string[];
  /** Known only from what pages reported; sorted. */
  pageOnlyProducts: string[];
  /** Where the products that break it were seen. */
  sites: string[];
  /** For a capability promise: the addresses of the sources that document the products seen capture it. */
  sources: string[];
}

export interface StrongestEvidence {
  identity: IdentitySent[];
  contradictions: ContradictionFound[];
}

const isPageSource = (source: string) => source === 'page' || source === 'page_timing';

export function strongestEvidence(
  entries: readonly EvidenceEntry[],
  now: PolicyNow | undefined,
  catalog: ReadonlyMap<string, RuleSummary>,
): StrongestEvidence {
  const identity = new Map<string, IdentitySent>();
  /** Per site: per rule, whether any record was observed rather than page-reported. */
  const seen = new Map<string, Map<string, boolean>>();
  for (const entry of entries) {
    if (!entry.ruleId || entry.kind === 'unknown_third_party') continue;
    if (entry.signalKind === 'identifier') {
      const sent = identity.get(entry.ruleId) ?? { product: entry.product ?? entry.ruleId, forms: [], sites: [] };
      if (!sent.forms.includes(entry.signalValue)) sent.forms.push(entry.signalValue);
      if (!sent.sites.includes(entry.site)) sent.sites.push(entry.site);
      identity.set(entry.ruleId, sent);
    }
    if (entry.signalKind === 'vendor_domain') continue;
    const rules = seen.get(entry.site) ?? new Map<string, boolean>();
    rules.set(entry.ruleId, (rules.get(entry.ruleId) ?? false) || !isPageSource(entry.source));
    seen.set(entry.site, rules);
  }

  // Contradictions are decided per site, against the declaration that applies to that site now.
  const found = new Map<string, ContradictionFound>();
  for (const [site, rules] of seen) {
    const declaration = now?.declarationFor(site);
    if (!declaration?.promises?.length) continue;
    const products: SeenProduct[] = [...rules].flatMap(([ruleId, observed]) => {
      const rule = catalog.get(ruleId);
      return rule
        ? [
            {
              ruleId,
              product: rule.product,
              category: rule.category,
              capabilities: rule.capabilities,
              pageOnly: !observed,
            },
          ]
        : [];
    });
    for (const c of contradictionsOf(declaration.promises, products)) {
      const key = `${declaration.id}\u001f${c.promise.id}`;
      const into = found.get(key) ?? { ...c, products: [], pageOnlyProducts: [], sites: [], sources: [] };
      if (c.by === 'capability') {
        // The products seen on the network or as a script: page-only ones are a letter's option, not its case.
        const breaking = products.filter((p) => c.products.includes(p.product));
        const urls = sourcesDocumenting(
          breaking.map((p) => catalog.get(p.ruleId)),
          c.promise.capability!,
        );
        into.sources = [...new Set([...into.sources, ...urls])];
      }
      into.products = [...new Set([...into.products, ...c.products])].sort((a, b) => a.localeCompare(b));
      into.pageOnlyProducts = [...new Set([...into.pageOnlyProducts, ...c.pageOnlyProducts])]
        .filter((p) => !into.products.includes(p))
        .sort((a, b) => a.localeCompare(b));
      if (!into.sites.includes(site)) into.sites.push(site);
      found.set(key, into);
    }
  }
  return { identity: [...identity.values()], contradictions: [...found.values()] };
}
