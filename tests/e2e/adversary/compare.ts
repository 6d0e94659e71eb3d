// Compare what the adversary page saw with and without Sightline, section by section, so a failure
// names the probe that told them apart (and shows where) instead of dumping two huge objects.

/** What traps.page.js returns (all strings; timings and other run-to-run noise never recorded). */
export interface AdversaryResult {
  traps: { notes: string[]; trapped: number };
  /** "kind|name|page" or "kind|name|foreign": which trap fired, by whom. */
  log: string[];
  /** Stacks of hits with a frame outside the page's origin (an extension URL, or code with no URL). */
  foreignStacks: string[];
  mutations: string[];
  cspViolations: string[];
  rounds: { calls: Record<string, string>; functions: Record<string, string[]>; descriptors: Record<string, string> }[];
  performance: string[];
  html: string;
}

/** One string per probe, keyed by a readable name ("round 2 / calls / getUserMedia this={}"). */
export function sections(result: AdversaryResult): Map<string, string> {
  const out = new Map<string, string>();
  const put = (key: string, value: unknown) =>
    out.set(key, typeof value === 'string' ? value : JSON.stringify(value, null, 1));
  put('trap setup', result.traps);
  put('trap log', result.log);
  put('foreign stacks', result.foreignStacks);
  put('mutations', result.mutations);
  put('CSP violations', result.cspViolations);
  put('performance entries', result.performance);
  put('document HTML', result.html);
  result.rounds.forEach((round, i) => {
    for (const [group, probes] of Object.entries(round)) {
      for (const [name, value] of Object.entries(probes)) put(`round ${i + 1} / ${group} / ${name}`, value);
    }
  });
  return out;
}

/** Where two texts first differ, with a little context, short enough for a test failure message. */
function firstDifference(a: string | undefined, b: string | undefined): string {
  if (a === undefined || b === undefined) return a === undefined ? 'only with Sightline' : 'only without Sightline';
  const left = a.split('\n');
  const right = b.split('\n');
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  const cut = (lines: string[]) =>
    lines
      .slice(i, i + 4)
      .join('\n')
      .slice(0, 600);
  return `line ${i + 1}\n    without: ${cut(left)}\n    with:    ${cut(right)}`;
}

/** Every probe whose result differs, with where; empty when the page cannot tell the two apart. */
export function differences(without: AdversaryResult, withExtension: AdversaryResult): string[] {
  const a = sections(without);
  const b = sections(withExtension);
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) !== b.get(key)) out.push(`${key}: ${firstDifference(a.get(key), b.get(key))}`);
  }
  return out;
}

/** Trap hits that came from code outside the page (extension URLs, or code with no URL at all). */
export function foreignHits(result: AdversaryResult): string[] {
  return [...result.log.filter((entry) => entry.endsWith('|foreign')), ...result.foreignStacks];
}
