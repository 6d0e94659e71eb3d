// The source's import graph, read from the files themselves (static and dynamic imports, relative paths
// only, resolved to .ts/.tsx files): for the architecture test and `npm run graph`, which prints what
// the pure core reaches and the cycles between folders and between files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ModuleGraph {
  /** File (relative to the repo, e.g. "src/policy/compare.ts") -> the src files it imports. */
  edges: Map<string, Set<string>>;
  /** File -> the packages it imports by name ("zod", "webextension-polyfill"). */
  packages: Map<string, Set<string>>;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

export function moduleGraph(root: string): ModuleGraph {
  const edges = new Map<string, Set<string>>();
  const packages = new Map<string, Set<string>>();
  for (const file of filesUnder(join(root, 'src'))) {
    const key = relative(root, file);
    const text = readFileSync(file, 'utf8');
    const to = new Set<string>();
    const pkgs = new Set<string>();
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      if (spec.startsWith('.')) {
        const target = resolveImport(file, spec);
        if (target && /\.(ts|tsx)$/.test(target)) to.add(relative(root, target));
      } else {
        pkgs.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    edges.set(key, to);
    packages.set(key, pkgs);
  }
  return { edges, packages };
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
export function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!indices.has(v)) visit(v);
  return found.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** The folder graph: src/<folder> -> the folders its files import. */
/** Edges between folders: "src/policy" at depth 2, "src/evidence/seal" at depth 3. */
export function folderEdges(graph: ModuleGraph, depth = 2): Map<string, Set<string>> {
  const folder = (file: string) => file.split('/').slice(0, depth).join('/');
  const out = new Map<string, Set<string>>();
  for (const [from, tos] of graph.edges) {
    const set = out.get(folder(from)) ?? new Set<string>();
    for (const to of tos) if (folder(to) !== folder(from)) set.add(folder(to));
    out.set(folder(from), set);
  }
  return out;
}

/** Every file a file reaches through imports, itself included. */
export function reach(edges: ReadonlyMap<string, ReadonlySet<string>>, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = moduleGraph(resolve(import.meta.dirname, '..'));
  console.log('Folder cycles:', JSON.stringify(cycles(folderEdges(graph))));
  console.log('File cycles:', JSON.stringify(cycles(graph.edges)));
}
