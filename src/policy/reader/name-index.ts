// The index of names to look for: every product name and alias from the rule catalog and every
// category word, compiled into terms matched by plain string comparison, plus one pattern that finds
// the words a term can start with. Built once per catalog.
import type { RuleSummary } from '../../rules/catalog';
import { englishText } from '../../core/english-text';
import { categoryNameKey, type CategoryId } from '../../core/taxonomy';
import { CATEGORY_WORDS } from './category-words';
import { WORDS } from './sentences';

export interface Target {
  kind: 'product' | 'category';
  ruleId?: string;
  category: CategoryId;
  label: string;
}

/**
 * A name or category word, as pieces matched in order by plain string comparison (no regular
 * expression per term: compiling ~500 of them cost more than scanning a long policy). Terms are tried
 * only where a word starts whose lower-cased form is the term's first word.
 */
export interface Term {
  target: Target;
  /** Literal text (lower-cased unless exactCase), a gap (spaces, line breaks or hyphens), or a stem's ending. */
  pieces: readonly Piece[];
  exactCase: boolean;
  /** An "s" may follow: category words are common nouns; product names are proper nouns. */
  plural: boolean;
  /** A product name made of ordinary words ("Clarity", "Full Story"): not trusted in title-case headings. */
  ordinary: boolean;
}

type Piece = string | typeof GAP | typeof STEM_ENDING;
export const GAP = Symbol('gap');
export const STEM_ENDING = Symbol('stem ending');

export interface Index {
  byFirstWord: Map<string, Term[]>;
  /** Terms whose first word is a stem ("monitor*"), found by prefix. */
  stems: { prefix: string; terms: Term[] }[];
  /** Finds the words that can start a term, so the scan runs no JS for every other word. */
  firstWords: RegExp;
}

/**
 * Words that make a product name ambiguous in prose. A name made only of these words (and numbers), or
 * of 4 letters or fewer, must appear with the capitalisation the catalog uses: "Heap", "Segment",
 * "Clarity", "Full Story", "Endpoint DLP" match, "a heap of work", "a customer segment", "the full
 * story" and "the endpoint DLP agent" do not. Any other name ("Hotjar", "Pendo", "Microsoft Clarity")
 * is distinctive and matches in any capitalisation. Lower-case; extend it when a new product is named
 * after an everyday word.
 */
const ORDINARY_WORDS = new Set(
  `a access acquire activity admin adopt adoption advanced advisor agent ai alloy amplitude an analytics
  anchor and app apps at automate aware axiom bark beacon beam beamer better boomerang box branch
  bridge browser bucket buddy bullet by casb castle cdp chameleon check clarity classic classroom
  client cloud collector command compass compliance connect connector connectors console context
  control convert corporate crazy dap data delta desk desktop diagnostic digital dlp doctor edge egg
  element embrace employee endpoint engage enterprise event events exam experience extension family
  fathom filter flagship flare flow flows focus for fruits full gate gateway glance glass gong grabber guard
  guide guiding harness harvest heap heatmap help hero highlight homebase https hub humanity hydro i in
  inc information inline insider insight insightful insights internet io jam last lens light links live
  log logging logs look loss lucky managed manual marker meeting memory meticulous metric metrics
  mining monitor monitoring mouse multiplayer my net network new next ng observability observe of on
  one optimizer orange orchestrator our piano pilot pilots platform play player plus power prefab
  prevent prevention pro process proctor product productivity proton proxy pulse punch px quanta
  quantum radar real recorder recording ref relay replay request reveal rewind risk roaming rudder rum
  run score scout scribe secure security segment self sentinel service session shake shield signal
  singular slack sling smart smooch speed split sse stack stats story storytime strategy suite swg
  systems tag tanda tango task teacher team teams telemetry tempo the time timely timer to trace track
  tracker tracking train trust umami umbrella unleash urls usage user verification view viewer vision
  visitor visual wall watch weasel web website when widget with work workforce works your zero zone
  zoom`.split(/\s+/),
);

const SEPARATOR_RUN = /^[\s\u00a0\u2010\u2011-]+$/u;
const SHORT_NAME_LETTERS = 4;

/** Built once per catalog object; a catalog is not changed after it is loaded. */
const indexCache = new WeakMap<ReadonlyMap<string, RuleSummary>, Index>();

export function indexFor(catalog: ReadonlyMap<string, RuleSummary>): Index {
  let index = indexCache.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexCache.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: ReadonlyMap<string, RuleSummary>): Index {
  const byFirstWord = new Map<string, Term[]>();
  const stems: Index['stems'] = [];
  const seen = new Set<string>();
  const add = (phrase: string, target: Target, product: boolean) => {
    const term = compileTerm(phrase, target, product);
    if (!term) return;
    // "Hotjar" and "HotJar" are one case-insensitive term: try it once.
    const dedupeKey = `${target.kind}:${target.ruleId ?? target.category}:${term.pieces.map(String).join('\u0000')}:${term.exactCase}`;
    if (seen.has(dedupeKey)) return;
    seen.add(dedupeKey);
    // Indexed by the first word; a stem ("monitor*") by its prefix, since the word in the text is longer.
    const key = /^[\p{L}\p{N}]+/u.exec(phrase.trim())?.[0].toLowerCase();
    if (!key) return;
    if (term.pieces[1] === STEM_ENDING) {
      const stem = stems.find((s) => s.prefix === key);
      if (stem) stem.terms.push(term);
      else stems.push({ prefix: key, terms: [term] });
    } else {
      byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), term]);
    }
  };
  // Products first: where a product and a category word match the same text, the product wins.
  for (const rule of catalog.values()) {
    if (typeof rule !== 'object' || rule === null || typeof rule.id !== 'string') continue;
    const target: Target = { kind: 'product', ruleId: rule.id, category: rule.category, label: rule.product };
    for (const name of productNames(rule)) add(name, target, true);
  }
  for (const [category, words] of Object.entries(CATEGORY_WORDS) as [CategoryId, readonly string[]][]) {
    const target: Target = { kind: 'category', category, label: englishText(categoryNameKey(category)) };
    for (const word of words) add(word, target, false);
  }
  return {
    byFirstWord,
    stems,
    firstWords: firstWordPattern(
      byFirstWord.keys(),
      stems.map((s) => s.prefix),
    ),
  };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
  stem: boolean;
}

/**
 * One pattern for every first word, written as a trie ("se(?:ssion|gment)") so the engine follows one
 * branch per letter. It matches a whole word: a first word, optionally with a plural "s", or a stem with
 * any ending. One scan with it costs far less than looking up every word of the text in JS. (A trie of
 * whole terms was tried: V8 took longer to compile it than the first-word scan saves.)
 */
function firstWordPattern(words: Iterable<string>, stems: Iterable<string>): RegExp {
  const root: TrieNode = { next: new Map(), word: false, stem: false };
  const insert = (key: string, stem: boolean) => {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), word: false, stem: false }));
      node = child;
    }
    if (stem) node.stem = true;
    else node.word = true;
  };
  for (const word of words) insert(word, false);
  for (const stem of stems) insert(stem, true);
  // Letters as [sS] rather than the "i" flag: with "i", V8 case-folds all of \p{L} in every class,
  // which costs more than the scan. The word-end check comes once, after the group; the engine
  // backtracks into the other branches if it fails.
  const letter = (ch: string) => {
    const upper = ch.toUpperCase();
    return upper === ch || upper.length !== 1 ? ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&') : `[${ch}${upper}]`;
  };
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => letter(ch) + emit(child));
    if (node.stem) branches.push('\\p{L}*');
    else if (node.word) branches.push('[sS]?');
    if (branches.length === 0) return '(?!)';
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return new RegExp(`(?<![\\p{L}\\p{N}])${emit(root)}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * The product name, the name without its parenthetical ("Zscaler Internet Access (ZIA)" is usually
 * written "Zscaler Internet Access"), and the aliases. Vendor names are not matched on their own: a
 * vendor that is more than this product ("Microsoft Corporation") would mark every product it makes,
 * and a vendor named like its product ("Hotjar Ltd.") is already found by the product name.
 */
function productNames(rule: RuleSummary): string[] {
  const names = [rule.product, ...(Array.isArray(rule.aliases) ? rule.aliases : [])].filter(
    (n): n is string => typeof n === 'string',
  );
  const bare =
    typeof rule.product === 'string'
      ? rule.product
          .replace(/\s*\([^()]*\)/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  return [...new Set([...names, bare].map((n) => n.trim()).filter((n) => n.length > 0))];
}

function compileTerm(phrase: string, target: Target, product: boolean): Term | undefined {
  const letters = phrase.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length === 0) return undefined;
  const words = phrase.toLowerCase().match(WORDS) ?? [];
  const ordinary = product && words.every((w) => ORDINARY_WORDS.has(w) || /^\d+$/.test(w));
  const exactCase = letters.length <= SHORT_NAME_LETTERS || ordinary;
  const plural = !product && /\p{L}$/u.test(phrase);
  const pieces: Piece[] = [];
  for (const part of phrase.trim().split(/([\s\u00a0\u2010\u2011-]+|\*)/u)) {
    if (part === '*' && !product) pieces.push(STEM_ENDING);
    else if (SEPARATOR_RUN.test(part)) pieces.push(GAP);
    else if (part) pieces.push(exactCase ? part : part.toLowerCase());
  }
  return { target, pieces, exactCase, plural, ordinary };
}
