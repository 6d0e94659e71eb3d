// Right claim: every capability a rule says a product can capture must be documented by one of the rule's
// cited sources (Source.capabilities, with the detail saying where). The lint (and so `rules:check` and
// the build) refuses a rule that claims more, and vendors.test.ts runs it on every shipped rule; these
// tests check that the check itself can fail.
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../scripts/read-rule-files';
import { citationProblems, lintRuleFiles, undocumentedCapabilities } from './lint';
import type { Rule } from './schema';

const files = readRuleFiles();
const { rules } = lintRuleFiles(files);

describe('capabilities are documented by cited sources', () => {
  it('catches a claim no source documents, and a source that documents it', () => {
    const rule = rules.find((r) => !r.capabilities.includes('camera'))!;
    const claimed = { ...rule, capabilities: [...rule.capabilities, 'camera' as const] };
    expect(undocumentedCapabilities(claimed)).toEqual(['camera']);
    const sourced = {
      ...claimed,
      sources: [...claimed.sources, { ...claimed.sources[0]!, capabilities: ['camera' as const] }],
    };
    expect(undocumentedCapabilities(sourced)).toEqual([]);
  });

  it('refuses an undocumented claim in lintRuleFiles, which rules:check and the build use', () => {
    const file = files.find((f) => !(f.data as Rule).capabilities.includes('microphone'))!;
    const data = structuredClone(file.data) as Rule;
    data.capabilities.push('microphone');
    const { problems } = lintRuleFiles([{ ...file, data }]);
    expect(problems).toContain(
      `${file.fileId}: claims "microphone" but no source documents it: add it to a source's capabilities with a detail saying where, or drop the claim`,
    );
  });

  it('accepts a source cited only for a capability, and flags one that cites neither a signal nor a capability', () => {
    const rule = rules[0]!;
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
