// A meta-test (issue 14): no report or letter template prints a fixed claim about the data. Each sentence
// in those templates that says something holds for every, all, no or none of the findings, members or
// items ("Every item ... was seen", "Members are not named", "All of them are ...") must sit inside a
// branch conditioned on the data: an `if`, a ternary, `&&`/`||` or a `case` on the line that holds it or
// on the two lines before, or as an entry of a table looked up by a key from the data. A simple static check, honest about what it does: it reads the source text,
// it does not run the templates (the truth suite, tests/e2e/truth.e2e.test.ts, checks what they print).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Reports live here, letters beside them (evidence/letter/); both are templates.
const DIRS = [new URL('./', import.meta.url), new URL('../letter/', import.meta.url)];
const TEMPLATE_URLS = new Map(
  DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /^(report-.*|letter.*)\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => [f, new URL(f, dir)] as const),
  ),
);
const TEMPLATES = [...TEMPLATE_URLS.keys()].sort();

/** A string literal that asserts something of every/all/no/none of the data. */
const CLAIM =
  /\b(Every|All of|All the|No|None|Nothing|Neither|Members are not|Nobody|No one)\b[^.'"`]*\b(is|are|was|were|named|seen|matched|covered|goes|recorded|verified)\b/;
const BRANCH = /\bif \(|\?|&&|\|\||\bcase\b|=>\s*$/;
/** An entry of a table chosen by a key from the data (STATUS_TEXT['no-policy']): branched by its key. */
const KEYED_ENTRY = /^\s*'?[\w-]+'?:\s*$/;

/** Sentences that describe the method or the browser's limits, never the data: fixed on purpose. */
const ABOUT_THE_METHOD = ['Nothing seen never means not monitored.'];

interface Unconditioned {
  file: string;
  line: number;
  text: string;
}

/** Claim sentences in string literals with no data condition on their line or the two before. */
function unconditionedClaims(file: string, source: string, all = false): Unconditioned[] {
  const lines = source.split('\n');
  const found: Unconditioned[] = [];
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*\*)/.test(line)) return; // comments say why, they are not printed
    for (const literal of line.match(/'[^']*'|"[^"]*"|`[^`]*`/g) ?? []) {
      const text = literal.slice(1, -1);
      if (!CLAIM.test(text) || ABOUT_THE_METHOD.some((s) => text.includes(s))) continue;
      const before = line.slice(0, line.indexOf(literal));
      const context = [lines[i - 2] ?? '', lines[i - 1] ?? '', before].join('\n');
      if (all || (!BRANCH.test(context) && !KEYED_ENTRY.test(before))) found.push({ file, line: i + 1, text });
    }
  });
  return found;
}

describe('report and letter templates', () => {
  it('are found', () => {
    expect(TEMPLATES).toEqual(
      expect.arrayContaining([
        'report-html.ts',
        'report-method.ts',
        'report-strongest.ts',
        'letter.ts',
        'letter-text.ts',
      ]),
    );
  });

  it('print no claim about the data outside a branch on the data', () => {
    const found = TEMPLATES.flatMap((file) =>
      unconditionedClaims(file, readFileSync(TEMPLATE_URLS.get(file)!, 'utf8')),
    );
    expect(found).toEqual([]);
    // Not vacuous: the claims the issue found are read, and each is branched.
    const claims = TEMPLATES.flatMap((file) =>
      unconditionedClaims(file, readFileSync(TEMPLATE_URLS.get(file)!, 'utf8'), true),
    ).map((c) => c.text);
    expect(claims.join('\n')).toContain('Every item in the declared policy was seen at least once.');
    expect(claims).toEqual(
      expect.arrayContaining([
        'No member is named.',
        'Every member is named.',
        "All of them are covered by the employer's declared policy.",
      ]),
    );
  });

  it('the check catches a fixed claim, and passes one inside a branch', () => {
    const fixed = [
      'export const notSeen = (): string => html`<p>Every item in the declared policy was seen at least once.</p>`;',
      "const naming = 'Members are not named.';",
    ].join('\n');
    expect(unconditionedClaims('fixed.ts', fixed).map((f) => f.line)).toEqual([1, 2]);
    const branched = [
      'function f(list: string[]): string {',
      '  if (list.length === 0) return html`<p>Every item in the declared policy was seen at least once.</p>`;',
      '  return named === 0 ? "No member is named." : "";',
      '}',
    ].join('\n');
    expect(unconditionedClaims('branched.ts', branched)).toEqual([]);
  });
});
