// Rule data is evidence: every signal a rule matches on (host, path, global, script pattern, extension id)
// must be shown by a primary source — the vendor's own documentation, its allow-list page, its own SDK or
// its store listing. Community block lists and third-party write-ups help find candidates, but a worker's
// case cannot rest on them. Rules written before this check are listed below until their signals are
// re-sourced or dropped; the list may only shrink.
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../scripts/read-rule-files';
import { lintRuleFiles } from './lint';
import type { Rule, Source } from './schema';

const { rules } = lintRuleFiles(readRuleFiles());

const PRIMARY_KINDS: ReadonlySet<Source['kind']> = new Set(['vendor_docs', 'allow_list', 'sdk', 'store_listing']);

/** Signal values no primary source shows. */
function signalsWithoutPrimarySource(rule: Rule): string[] {
  const shown = new Set(rule.sources.filter((s) => PRIMARY_KINDS.has(s.kind)).flatMap((s) => s.covers));
  const values = [
    ...rule.signals.hosts.flatMap((h) => [h.domain, ...(h.paths ?? [])]),
    ...rule.signals.globals,
    ...rule.signals.script_src,
    ...rule.signals.extension_ids,
  ];
  return values.filter((v) => !shown.has(v));
}

/** Rules with a signal that only a third-party source shows (79 on 2026-12-06); remove an id once fixed. */
const NOT_YET_PRIMARY = new Set([]);

describe('every signal is shown by a primary source', () => {
  it.each(rules.filter((r) => !NOT_YET_PRIMARY.has(r.id)).map((r) => [r.id, r] as const))(
    '%s matches only on what a primary source shows',
    (_id, rule) => {
      expect(signalsWithoutPrimarySource(rule)).toEqual([]);
    },
  );

  it('keeps the not-yet-primary list honest: real rules that still need a primary source', () => {
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const id of NOT_YET_PRIMARY) {
      const rule = byId.get(id);
      expect(rule, `${id} is not a rule: remove it from NOT_YET_PRIMARY`).toBeDefined();
      expect(
        signalsWithoutPrimarySource(rule!),
        `${id} is now primary-sourced: remove it from NOT_YET_PRIMARY`,
      ).not.toEqual([]);
    }
  });

  it('tells a third-party-only signal apart from a primary one', () => {
    const rule = rules.find((r) => !NOT_YET_PRIMARY.has(r.id) && r.signals.hosts.length > 0)!;
    const thirdPartyOnly: Rule = { ...rule, sources: rule.sources.map((s) => ({ ...s, kind: 'other' as const })) };
    expect(signalsWithoutPrimarySource(thirdPartyOnly)).toContain(rule.signals.hosts[0]!.domain);
  });
});
