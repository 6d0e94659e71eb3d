// Checks that go beyond the schema: id = file name, every signal shown by a primary source, every claimed
// capability documented by a source, identifies_user in step with the identity claim, examples that really
// match (or really do not). Used by the data tests and by `npm run rules:check` while editing.
import { compileRules, type CompiledRules } from './compile';
import { matchRequest } from './match';
import { Rule, type Source } from './schema';

export interface RuleFile {
  /** File name without ".json". */
  fileId: string;
  data: unknown;
}

/** Schema and file-name checks: what decides whether a rule can be loaded at all. */
export function parseRuleFile(file: RuleFile): { ok: true; rule: Rule } | { ok: false; problems: string[] } {
  const parsed = Rule.safeParse(file.data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${file.fileId}: ${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  if (parsed.data.id !== file.fileId) {
    return { ok: false, problems: [`${file.fileId}: id "${parsed.data.id}" differs from the file name`] };
  }
  return { ok: true, rule: parsed.data };
}

/** Evidence checks: every signal value is shown by a cited source, and there is something to match. */
export function citationProblems(rule: Rule): string[] {
  const problems: string[] = [];
  const covered = new Set(rule.sources.flatMap((s) => s.covers));
  const values = signalValues(rule);
  for (const value of values) {
    if (!covered.has(value)) problems.push(`${rule.id}: signal "${value}" is not in any source's "covers"`);
  }
  for (const source of rule.sources) {
    if (source.covers.length === 0 && (source.capabilities ?? []).length === 0) {
      problems.push(`${rule.id}: source ${source.url} covers no signal and documents no capability`);
    }
  }
  if (values.length === 0) problems.push(`${rule.id}: no signals`);
  if (rule.signals.hosts.length > 0 && rule.examples.match.length === 0) {
    problems.push(`${rule.id}: host signals need at least one examples.match URL`);
  }
  return problems;
}

/**
 * `identifies_user` and the `identity` capability say the same thing (the product ties what it records to
 * a named person or account), and the popup shows both, so they must agree. The claim itself needs a cited
 * source like any capability, so the fix is either to cite one or to drop both.
 */
export function identityProblems(rule: Rule): string[] {
  const claimsIdentity = rule.capabilities.includes('identity');
  if (rule.identifies_user === claimsIdentity) return [];
  return [
    rule.identifies_user
      ? `${rule.id}: identifies_user is true but "identity" is not in capabilities: add "identity" with a source that documents it (sources[].capabilities and detail), or set identifies_user to false`
      : `${rule.id}: capabilities include "identity" but identifies_user is false: set identifies_user to true, or drop "identity" if no cited source documents it`,
  ];
}

/**
 * The vendor's own material: its documentation or help centre, its allow-list page, its own SDK or
 * repository, its own store listing. Community block lists, tracker databases, store mirrors and
 * third-party write-ups (`other`) help find candidates, but a worker's case cannot rest on them.
 */
const PRIMARY_KINDS: ReadonlySet<Source['kind']> = new Set(['vendor_docs', 'allow_list', 'sdk', 'store_listing']);

/** Every value a rule matches on: host domains and their paths, page globals, script patterns, extension ids. */
function signalValues(rule: Rule): string[] {
  return [
    ...rule.signals.hosts.flatMap((h) => [h.domain, ...(h.paths ?? [])]),
    ...rule.signals.globals,
    ...rule.signals.script_src,
    ...rule.signals.extension_ids,
  ];
}

/** Signal values that no primary source shows (a third-party source alone is not enough). */
export function signalsWithoutPrimarySource(rule: Rule): string[] {
  const shown = new Set(rule.sources.filter((s) => PRIMARY_KINDS.has(s.kind)).flatMap((s) => s.covers));
  return signalValues(rule).filter((value) => !shown.has(value));
}

/** Capabilities a rule claims that none of its sources documents. */
export function undocumentedCapabilities(rule: Rule): string[] {
  const documented = new Set(rule.sources.flatMap((s) => s.capabilities ?? []));
  return rule.capabilities.filter((c) => !documented.has(c));
}

/** Evidence a rep can show: each signal from the vendor's own material, each claim from a cited source. */
export function primaryEvidenceProblems(rule: Rule): string[] {
  return [
    ...signalsWithoutPrimarySource(rule).map(
      (value) =>
        `${rule.id}: signal "${value}" is shown by no primary source (vendor_docs, allow_list, sdk or store_listing): cite the vendor's own page, package or listing, or drop the value`,
    ),
    ...undocumentedCapabilities(rule).map(
      (capability) =>
        `${rule.id}: claims "${capability}" but no source documents it: add it to a source's capabilities with a detail saying where, or drop the claim`,
    ),
  ];
}

/**
 * Examples are checked against the whole set, on precise signals: a match URL must match this rule by one
 * of its signals (not merely as a vendor-domain contact), and a no_match URL must match no rule's signal.
 * A no_match URL on the vendor's own domain (its marketing site, say) is still a low-confidence
 * vendor-domain contact when a work tab makes it; that is by design and not checked here.
 */
export function checkExamples(rule: Rule, index: CompiledRules): string[] {
  const problems: string[] = [];
  for (const url of rule.examples.match) {
    const hits = preciseHits(index, url);
    if (!hits.includes(rule.id))
      problems.push(`${rule.id}: example ${url} does not match (got: ${hits.join(', ') || 'nothing'})`);
  }
  for (const url of rule.examples.no_match) {
    const hits = preciseHits(index, url);
    if (hits.length > 0) problems.push(`${rule.id}: no_match example ${url} matches ${hits.join(', ')}`);
  }
  return problems;
}

function preciseHits(index: CompiledRules, url: string): string[] {
  return matchRequest(index, { url, type: 'other' })
    .filter((d) => d.signal.kind !== 'vendor_domain')
    .map((d) => d.ruleId);
}

export function lintRuleFiles(files: readonly RuleFile[]): { rules: Rule[]; problems: string[] } {
  const rules: Rule[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const result = parseRuleFile(file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    rules.push(result.rule);
    problems.push(
      ...citationProblems(result.rule),
      ...identityProblems(result.rule),
      ...primaryEvidenceProblems(result.rule),
    );
  }
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) problems.push(`${rule.id}: duplicate id`);
    ids.add(rule.id);
  }
  if (problems.length > 0) return { rules, problems };
  const index = compileRules(rules);
  for (const rule of rules) problems.push(...checkExamples(rule, index));
  return { rules, problems };
}
