// The version of a rep's merged report made for management: nobody is named, and every row seen by fewer
// members than the threshold (3 unless the rep sets another) is withheld, so no one is identified by a
// rare finding: products, kinds, extensions, identity rows and unknown hosts alike. The timeline is
// recomputed from the rows kept, so its totals still match the tables. The rep's own view and report keep
// everything.
import type { ReportModel } from './report-model';

export const DEFAULT_MIN_MEMBERS = 3;

export function forManagement(model: ReportModel, minMembers = DEFAULT_MIN_MEMBERS): ReportModel {
  const enough = (members: number | undefined) => (members ?? 0) >= minMembers;
  const products = model.products.filter((p) => enough(p.members));
  const kindsOnly = (model.kindsOnly ?? []).filter((k) => enough(k.members));
  const extensions = (model.extensions ?? []).filter((e) => enough(e.members));
  const identity = (model.identity ?? []).filter((i) => enough(i.members));
  // An uncatalogued host one member's tab reached can be their own tool or service: as telling as a rare product.
  const unknownThirdParties = model.unknownThirdParties.filter((h) => enough(h.members));
  // A promise broken only by withheld products stays (the policy's own words), its products unnamed.
  const kept = new Set(products.map((p) => p.product));
  // The cited sources go with any withheld product: a vendor's address would name the product.
  const contradictions = model.contradictions?.map(({ sources, ...c }) => ({
    ...c,
    products: c.products.filter((name) => kept.has(name)),
    pageOnlyProducts: c.pageOnlyProducts.filter((name) => kept.has(name)),
    ...(sources && c.products.every((name) => kept.has(name)) ? { sources } : {}),
  }));

  const timeline = new Map<string, { count: number; undeclared: number }>();
  for (const p of products) {
    for (const [day, n] of Object.entries(p.dayCounts ?? {})) {
      if (n < 0) continue;
      // One product on a day counts once: the bars add up to the products' days seen.
      const bucket = timeline.get(day) ?? { count: 0, undeclared: 0 };
      bucket.count += 1;
      if (p.status === 'undeclared' && !p.pageOnly) bucket.undeclared += 1;
      timeline.set(day, bucket);
    }
  }

  return {
    ...model,
    products,
    kindsOnly,
    extensions,
    identity,
    unknownThirdParties,
    ...(contradictions ? { contradictions } : {}),
    timeline: [...timeline].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, v]) => ({ day, ...v })),
    namedMembers: 0,
    // The rep charts would show the withheld rare products and sites: left out of this version.
    repCharts: undefined,
    // Labels and file names can carry members' names: numbered instead, digests kept so files can be checked.
    integrity: model.integrity.map((row, i) => ({ ...row, label: `Export ${i + 1}` })),
    files: model.files && {
      ...model.files,
      merged: model.files.merged.map((f, i) => ({ ...f, names: [`file ${i + 1}`], member: `member ${i + 1}` })),
      leftOut: model.files.leftOut.map((f, i) => ({ ...f, names: [`left-out file ${i + 1}`] })),
      conflicts: model.files.conflicts.map((_, i) => `conflict ${i + 1} (details in the rep's own report)`),
    },
    audience: {
      kind: 'management',
      minMembers,
      withheldProducts: model.products.length - products.length,
      withheldKinds: (model.kindsOnly ?? []).length - kindsOnly.length,
      withheldExtensions:
        (model.extensions ?? []).length - extensions.length + (model.identity ?? []).length - identity.length,
      withheldHosts: model.unknownThirdParties.length - unknownThirdParties.length,
    },
  };
}
