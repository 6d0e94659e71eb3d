// The house rules, enforced from the import graph itself (scripts/module-graph.ts), not from a list of
// names that can go stale:
// - no import cycle, between folders or between files;
// - the pure core (core, rules, policy, evidence, identity, extensions, scope, tls, dashboard) reaches only the
//   pure core and the packages allowed there, so it never touches a browser API, however indirectly;
// - adapters do not import each other's pages (the options page does not import the popup);
// - one background module owns each tab's state: only it imports the tab-report writer, and no other
//   background file reads the store around it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderEdges, moduleGraph, reach } from '../scripts/module-graph';

const root = resolve(import.meta.dirname, '..');
const graph = moduleGraph(root);
const PURE = ['core', 'rules', 'policy', 'evidence', 'identity', 'extensions', 'scope', 'tls', 'dashboard'];
const PURE_PACKAGES = new Set(['zod', '@noble/hashes']);
const folderOf = (file: string) => file.split('/')[1]!;
/** Build-time data the bundler inlines (rules, catalog, issuers): pure by construction. */
const isVirtual = (pkg: string) => pkg.startsWith('virtual:');
/** Builders for tests (test-entries.ts and the like) may use test libraries; nothing else imports them. */
const isTestHelper = (file: string) => /\/test-[^/]+\.ts$/.test(file);
const importersOf = (edges: ReadonlyMap<string, ReadonlySet<string>>, target: string) =>
  [...edges].filter(([, tos]) => tos.has(target)).map(([from]) => from);
const TAB_STATE_OWNER = 'src/background/tab-state.ts';
const TAB_REPORT_WRITER = 'src/background/tab-report-writes.ts';
const TAB_REPORT_STORE = 'src/shared/tab-reports-store.ts';
/** Files that may write a tab report: the owner alone. */
const tabReportWriters = (edges: ReadonlyMap<string, ReadonlySet<string>>) => importersOf(edges, TAB_REPORT_WRITER);
/** Background files that reach the store directly (the owner and its writer only; the popup reads it). */
const backgroundStoreUsers = (edges: ReadonlyMap<string, ReadonlySet<string>>) =>
  importersOf(edges, TAB_REPORT_STORE).filter((file) => folderOf(file) === 'background');

describe('the module graph', () => {
  it('is read from the source (a check that finds nothing because it reads nothing would pass)', () => {
    expect(graph.edges.size).toBeGreaterThan(150);
    expect(graph.edges.get('src/policy/compare.ts')?.size).toBeGreaterThan(0);
  });

  it('has no cycle between folders', () => {
    expect(cycles(folderEdges(graph))).toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(cycles(graph.edges)).toEqual([]);
  });

  it('the pure core reaches only the pure core and its allowed packages', () => {
    const problems: string[] = [];
    for (const file of graph.edges.keys()) {
      if (!PURE.includes(folderOf(file)) || isTestHelper(file)) continue;
      for (const reached of reach(graph.edges, file)) {
        if (!PURE.includes(folderOf(reached))) problems.push(`${file} reaches ${reached}`);
        for (const pkg of graph.packages.get(reached) ?? [])
          if (!PURE_PACKAGES.has(pkg) && !isVirtual(pkg) && !pkg.startsWith('node:'))
            problems.push(`${file} reaches package ${pkg} (via ${reached})`);
      }
    }
    expect([...new Set(problems)].slice(0, 20)).toEqual([]);
  });

  it('nothing outside the tests imports a test helper', () => {
    const users = [...graph.edges].flatMap(([from, tos]) =>
      isTestHelper(from) ? [] : [...tos].filter(isTestHelper).map((to) => `${from} -> ${to}`),
    );
    expect(users).toEqual([]);
  });

  it('the scripts run with tsx (demo, CLI, verify) never reach a build-time virtual module only Vite resolves', () => {
    const scriptImports = (script: string) =>
      [...readFileSync(resolve(root, script), 'utf8').matchAll(/from '\.\.\/(src\/[^']+)'/g)].map((m) => {
        const base = m[1]!;
        return [`${base}.ts`, `${base}.tsx`, base].find((f) => graph.edges.has(f)) ?? base;
      });
    const problems = ['scripts/demo.ts', 'scripts/cli.ts', 'scripts/verify.ts'].flatMap((script) =>
      scriptImports(script).flatMap((entry) =>
        [...reach(graph.edges, entry)]
          .filter((f) => [...(graph.packages.get(f) ?? [])].some(isVirtual))
          .map((f) => `${script} -> ${entry} reaches ${f}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("evidence/'s parts (log, seal, export, merge, report, letter) form layers: no cycle, and the log core never reaches the outputs", () => {
    const evidence = {
      edges: new Map(
        [...graph.edges]
          .filter(([file]) => file.startsWith('src/evidence/'))
          .map(([file, tos]) => [file, new Set([...tos].filter((to) => to.startsWith('src/evidence/')))]),
      ),
      packages: new Map(),
    };
    const parts = folderEdges(evidence, 3);
    expect([...parts.keys()].sort()).toEqual([
      'src/evidence/export',
      'src/evidence/letter',
      'src/evidence/log',
      'src/evidence/merge',
      'src/evidence/report',
      'src/evidence/seal',
    ]);
    expect(cycles(parts)).toEqual([]);
    const outputs = ['src/evidence/merge', 'src/evidence/report', 'src/evidence/letter'];
    for (const core of ['src/evidence/log', 'src/evidence/seal', 'src/evidence/export'])
      expect([...reach(parts, core)].filter((part) => outputs.includes(part))).toEqual([]);
  });

  it('the options page does not import the popup', () => {
    const crossing = [...graph.edges].flatMap(([from, tos]) =>
      folderOf(from) === 'options'
        ? [...tos].filter((to) => folderOf(to) === 'popup').map((to) => `${from} -> ${to}`)
        : [],
    );
    expect(crossing).toEqual([]);
  });

  it('only the tab-state owner writes tab reports, and the background reaches the store only through it', () => {
    expect(graph.edges.has(TAB_REPORT_WRITER) && graph.edges.has(TAB_REPORT_STORE)).toBe(true);
    expect(tabReportWriters(graph.edges)).toEqual([TAB_STATE_OWNER]);
    expect(backgroundStoreUsers(graph.edges).sort()).toEqual([TAB_STATE_OWNER, TAB_REPORT_WRITER].sort());
  });

  it('the tab-state check fails when another module imports the writer or the store', () => {
    const edges = new Map([
      [TAB_STATE_OWNER, new Set([TAB_REPORT_WRITER, TAB_REPORT_STORE])],
      [TAB_REPORT_WRITER, new Set([TAB_REPORT_STORE])],
      ['src/background/policy.ts', new Set([TAB_REPORT_WRITER, TAB_REPORT_STORE])],
      ['src/popup/main.tsx', new Set([TAB_REPORT_STORE])],
    ]);
    expect(tabReportWriters(edges)).toEqual([TAB_STATE_OWNER, 'src/background/policy.ts']);
    expect(backgroundStoreUsers(edges)).toContain('src/background/policy.ts');
    expect(backgroundStoreUsers(edges)).not.toContain('src/popup/main.tsx');
  });

  it('the check fails on a cycle and on a pure file reaching an adapter', () => {
    const edges = new Map([
      ['src/policy/a.ts', new Set(['src/shared/b.ts'])],
      ['src/shared/b.ts', new Set(['src/policy/a.ts'])],
    ]);
    expect(cycles(edges)).toEqual([['src/policy/a.ts', 'src/shared/b.ts']]);
    expect(cycles(folderEdges({ edges, packages: new Map() }))).toEqual([['src/policy', 'src/shared']]);
    expect([...reach(edges, 'src/policy/a.ts')].some((f) => !PURE.includes(folderOf(f)))).toBe(true);
  });
});
