// Right claim: every capability a rule says a product can capture must be documented by one of the rule's
// cited sources (Source.capabilities, with the detail saying where). Rules written before sources named
// capabilities are listed below until someone re-reads their sources; the list may only shrink.
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../scripts/read-rule-files';
import { citationProblems, lintRuleFiles } from './lint';
import type { Rule } from './schema';

const { rules } = lintRuleFiles(readRuleFiles());

/** Capabilities a rule claims that none of its sources documents. */
function undocumentedCapabilities(rule: Rule): string[] {
  const documented = new Set(rule.sources.flatMap((s) => s.capabilities ?? []));
  return rule.capabilities.filter((c) => !documented.has(c));
}

/** Rules whose sources predate Source.capabilities (166 on 2026-12-05, 119 after the second review, 68 after the third, 65 after the fourth, 48 after cite3's pass over web filtering, proctoring, analytics and adoption rules); remove an id once its sources say it. */
const NOT_YET_REVIEWED = new Set([]);

describe('capabilities are documented by cited sources', () => {
  it.each(rules.filter((r) => !NOT_YET_REVIEWED.has(r.id)).map((r) => [r.id, r] as const))(
    '%s claims only what its sources document',
    (_id, rule) => {
      expect(undocumentedCapabilities(rule)).toEqual([]);
    },
  );

  it('keeps the not-yet-reviewed list honest: real rules that still lack a documented capability, and no longer than it was', () => {
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const id of NOT_YET_REVIEWED) {
      const rule = byId.get(id);
      expect(rule, `${id} is not a rule`).toBeDefined();
      expect(
        undocumentedCapabilities(rule!),
        `${id} is now fully documented: remove it from NOT_YET_REVIEWED`,
      ).not.toEqual([]);
    }
    expect(NOT_YET_REVIEWED.size).toBeLessThanOrEqual(48);
  });

  it('catches a claim no source documents, and a source that documents it', () => {
    const rule = rules.find((r) => !NOT_YET_REVIEWED.has(r.id))!;
    const claimed = { ...rule, capabilities: [...rule.capabilities, 'camera' as const] };
    expect(undocumentedCapabilities(claimed)).toEqual(rule.capabilities.includes('camera') ? [] : ['camera']);
    const sourced = {
      ...claimed,
      sources: [...claimed.sources, { ...claimed.sources[0]!, capabilities: ['camera' as const] }],
    };
    expect(undocumentedCapabilities(sourced)).toEqual([]);
  });

  it('accepts a source cited only for a capability, and flags one that cites neither a signal nor a capability', () => {
    const rule = rules.find((r) => !NOT_YET_REVIEWED.has(r.id))!;
    const page = {
      url: 'https://docs.example/what-it-records',
      title: 'what it records',
      kind: 'vendor_docs' as const,
      covers: [],
      accessed: '2026-12-06',
    };
    expect(
      citationProblems({ ...rule, sources: [...rule.sources, { ...page, capabilities: [rule.capabilities[0]!] }] }),
    ).toEqual([]);
    expect(citationProblems({ ...rule, sources: [...rule.sources, page] })).toEqual([
      `${rule.id}: source ${page.url} covers no signal and documents no capability`,
    ]);
  });
});
