// The layer rules of eslint.config.js (eslint.layers.js), proven on files placed in each layer: each rule
// refuses a file that breaks it and lets an allowed one through, so a config that silently stopped
// matching (a renamed folder, a glob that no longer fits, a rule switched off) fails here rather than
// passing lint for everything. The cycle check needs real files on disk: they go in a temporary folder
// under src/policy/ and are removed afterwards.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The rule ids lint reports for `code` placed at `file` (relative to the repository). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

// Each lint follows imports through the source (the cycle rule reads every file it reaches): slow on a busy machine.
const SLOW = { timeout: 120_000 };

describe('lint refuses an import its layer does not allow', SLOW, () => {
  it('an upward import: the pure core (src/policy) importing the browser-side settings store', async () => {
    expect(await problems('src/policy/lint-probe.ts', "import '../shared/settings';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await problems('src/policy/lint-probe.ts', "import '../core/taxonomy';\n")).toEqual([]);
  });

  it('the pure core importing webextension-polyfill (a package not on its list)', async () => {
    expect(await problems('src/policy/lint-probe.ts', "import 'webextension-polyfill';\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await problems('src/evidence/lint-probe.ts', "import 'idb';\n")).toEqual(['no-restricted-imports']);
    expect(await problems('src/policy/lint-probe.ts', "import 'zod';\nimport '@noble/hashes/sha2';\n")).toEqual([]);
  });

  it('page code (src/content) importing zod or the polyfill, or anything outside src/content', async () => {
    expect(await problems('src/content/lint-probe.ts', "import 'zod';\n")).toEqual(['no-restricted-imports']);
    expect(await problems('src/content/lint-probe.ts', "import 'webextension-polyfill';\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await problems('src/content/lint-probe.ts', "import '../core/url';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await problems('src/content/lint-probe.ts', "import './read-page';\n")).toEqual([]);
  });

  it("a page (src/options) importing the evidence log's write side; the background may, pages read", async () => {
    expect(await problems('src/options/lint-probe.ts', "import '../shared/evidence-db';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await problems('src/options/lint-probe.ts', "import '../shared/evidence-db-open';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await problems('src/options/lint-probe.ts', "import '../shared/evidence-log-read';\n")).toEqual([]);
    expect(await problems('src/background/lint-probe.ts', "import '../shared/evidence-db';\n")).toEqual([]);
  });

  it("one page importing another's files (the options page and the popup)", async () => {
    expect(await problems('src/options/lint-probe.ts', "import '../popup/popup';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await problems('src/popup/lint-probe.ts', "import '../options/options';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await problems('src/options/lint-probe.ts', "import '../shared/i18n';\n")).toEqual([]);
  });

  it('a folder in no layer imports nothing from src until eslint.layers.js places it', async () => {
    expect(await problems('src/unplaced/lint-probe.ts', "import '../core/url';\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });
});

describe('lint refuses an import cycle', SLOW, () => {
  const dir = join(root, 'src/policy', `lint-cycle-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('two files that import each other; one importing the other alone passes', async () => {
    mkdirSync(dir, { recursive: true });
    const a = "import { b } from './b';\n\nexport const a = (): number => b() + 1;\n";
    const b = "import { a } from './a';\n\nexport const b = (): number => a() + 1;\n";
    writeFileSync(join(dir, 'a.ts'), a);
    writeFileSync(join(dir, 'b.ts'), b);
    const aFile = join('src/policy', `lint-cycle-${process.pid}`, 'a.ts');
    expect(await problems(aFile, a)).toEqual(['import-x/no-cycle']);

    const bWithoutA = 'export const b = (): number => 1;\n';
    writeFileSync(join(dir, 'b.ts'), bWithoutA);
    const fresh = new ESLint({ cwd: root });
    const [result] = await fresh.lintText(a, { filePath: join(root, aFile) });
    expect(result!.messages.map((m) => m.ruleId)).toEqual([]);
  });
});
