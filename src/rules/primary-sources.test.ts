// Rule data is evidence: every signal a rule matches on (host, path, global, script pattern, extension id)
// must be shown by a primary source — the vendor's own documentation, its allow-list page, its own SDK or
// its store listing. Community block lists and third-party write-ups help find candidates, but a worker's
// case cannot rest on them. The lint refuses such a rule, and vendors.test.ts runs it on every shipped
// rule; these tests check that the check can fail.
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../scripts/read-rule-files';
import { lintRuleFiles, signalsWithoutPrimarySource } from './lint';
import type { Rule } from './schema';

const files = readRuleFiles();
const { rules } = lintRuleFiles(files);

describe('every signal is shown by a primary source', () => {
  it('tells a third-party-only signal apart from a primary one', () => {
    const rule = rules.find((r) => r.signals.hosts.length > 0)!;
    const thirdPartyOnly: Rule = { ...rule, sources: rule.sources.map((s) => ({ ...s, kind: 'other' as const })) };
    expect(signalsWithoutPrimarySource(thirdPartyOnly)).toContain(rule.signals.hosts[0]!.domain);
  });

  it('refuses a third-party-only signal in lintRuleFiles, which rules:check and the build use', () => {
    const file = files.find((f) => (f.data as Rule).signals.hosts.length > 0)!;
    const data = structuredClone(file.data) as Rule;
    const host = data.signals.hosts[0]!.domain;
    for (const source of data.sources) source.kind = 'other';
    const { problems } = lintRuleFiles([{ ...file, data }]);
    expect(problems).toContain(
      `${file.fileId}: signal "${host}" is shown by no primary source (vendor_docs, allow_list, sdk or store_listing): cite the vendor's own page, package or listing, or drop the value`,
    );
  });
});
