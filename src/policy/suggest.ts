// The policy suggester: reads the text of a monitoring policy and proposes declared items, the products
// from the rule catalog and the monitoring categories it mentions, each with the sentence it came from.
// A person accepts or rejects each one, so this favours finding a mention over being certain of it, but
// keeps ordinary prose ("a heap of work", "for clarity") from producing noise. Pure and total: no browser
// APIs, never throws, and bounded work on any input.
import type { RuleSummary } from '../rules/catalog';
import { englishText } from '../rules/english-text';
import { categoryNameKey, type CategoryId } from '../rules/taxonomy';
import { CATEGORY_WORDS } from './category-words';

export interface Suggestion {
  /** 'product': a named product from the rule catalog; 'category': a category word without a product. */
  kind: 'product' | 'category';
  ruleId?: string;
  category: CategoryId;
  /** What to show: the product name, or the category's English name. */
  label: string;
  /** The text that matched, as written in the policy (a run of whitespace shown as one space). */
  matched: string;
  /** The whole sentence it came from, trimmed, at most ~400 characters (cut around the match if longer). */
  sentence: string;
  /** The sentence negates it ("we do not use keystroke logging", "never", "will not", "no ... is used"). */
  negated: boolean;
}

/** Only this much of a pasted text is read: a real policy is tens of kilobytes. */
export const MAX_SCAN_CHARS = 2 * 1024 * 1024;
const MAX_SENTENCE_CHARS = 400;
const MAX_MENTIONS_EXAMINED = 50;

export function suggestDeclaredItems(text: string, catalog: ReadonlyMap<string, RuleSummary>): Suggestion[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const sentences = splitSentences(scanned);
  const matches = findMatches(scanned, sentences, indexFor(catalog));

  // One suggestion per target, placed where the text first names it. It quotes the first sentence that
  // names it without negating it, and prefers a sentence to a heading ("3.2 Data loss prevention"),
  // which says little on its own.
  const chosen = new Map<Target, { first: number; match: Match; negated: boolean; rank: number; tries: number }>();
  for (const match of matches) {
    const seen = chosen.get(match.term.target);
    // Bounded: a text that repeats a term thousands of times gets the best of its first few mentions.
    if (seen && (seen.rank === 0 || seen.tries >= MAX_MENTIONS_EXAMINED)) continue;
    const sentence = sentenceAt(sentences, match.start);
    const negated = isNegated(scanned, sentence, match.start, match.end);
    const rank = (negated ? 2 : 0) + (isHeadingLine(scanned, sentence) ? 1 : 0);
    if (!seen) chosen.set(match.term.target, { first: match.start, match, negated, rank, tries: 1 });
    else if (rank < seen.rank) chosen.set(match.term.target, { first: seen.first, match, negated, rank, tries: seen.tries + 1 });
    else seen.tries += 1;
  }
  return [...chosen.entries()]
    .sort((a, b) => a[1].first - b[1].first)
    .map(([target, { match, negated }]) => ({
      kind: target.kind,
      ...(target.ruleId === undefined ? {} : { ruleId: target.ruleId }),
      category: target.category,
      label: target.label,
      matched: collapseSpaces(scanned.slice(match.start, match.end)),
      sentence: quoteSentence(scanned, sentenceAt(sentences, match.start), match.start, match.end),
      negated,
    }));
}

// ---------------------------------------------------------------------------------------------------
// Names and the index

interface Target {
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
interface Term {
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
const GAP = Symbol('gap');
const STEM_ENDING = Symbol('stem ending');

interface Index {
  byFirstWord: Map<string, Term[]>;
  /** Terms whose first word is a stem ("monitor*"), found by prefix. */
  stems: { prefix: string; terms: Term[] }[];
  /** Finds the words that can start a term, so the scan skips every other word without running JS. */
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
  `a access activity admin adopt adoption advisor agent ai amplitude an analytics and anchor app apps at
  automate beacon beam box bridge browser by casb cdp chameleon clarity classic client cloud collector
  compass compliance connect connector console control corporate crazy dap data desk desktop diagnostic
  digital dlp doctor egg employee endpoint engage enterprise event events experience extension filter
  flow focus for full gate gateway glass grabber guard guide guiding heap help highlight hub in
  information insight insightful insights internet lens light log logging logs look loss lucky managed
  meeting metric mining monitor monitoring mouse my network new next ng observability observe of on one
  orange our pilot platform play player plus power prevent prevention pro process product productivity
  proxy pulse px quantum radar real recorder recording relay replay roaming rum run score scout secure
  security segment self sentinel service session shield signal slack smart speed sse story strategy
  suite swg systems tag task teacher team teams telemetry the time timer to trace track tracker tracking
  trust umbrella usage user view viewer vision wall watch web widget with work workforce works your zero
  zoom`.split(/\s+/),
);

// The global patterns in this file are shared and stateful (lastIndex): each use resets it first, and
// none is used across a call to another, so one copy is enough and none is rebuilt per sentence.
/** For String.prototype.match only, which ignores and resets lastIndex. */
const WORDS = /[\p{L}\p{N}]+/gu;
const SEPARATOR_RUN = /^[\s\u00a0\u2010\u2011-]+$/u;
const SHORT_NAME_LETTERS = 4;

const indexCache = new WeakMap<ReadonlyMap<string, RuleSummary>, Index>();

function indexFor(catalog: ReadonlyMap<string, RuleSummary>): Index {
  let index = indexCache.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexCache.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: ReadonlyMap<string, RuleSummary>): Index {
  const index: Index = { byFirstWord: new Map(), stems: [], firstWords: /(?!)/g };
  const seen = new Set<string>();
  const add = (phrase: string, target: Target, product: boolean) => {
    const term = compileTerm(phrase, target, product);
    if (!term) return;
    // "Hotjar" and "HotJar" are one case-insensitive term: try it once.
    const dedupeKey = `${target.kind}:${target.ruleId ?? target.category}:${term.pieces.map(String).join('\u0000')}:${term.exactCase}`;
    if (seen.has(dedupeKey)) return;
    seen.add(dedupeKey);
    const first = /^[\p{L}\p{N}]+(\*)?/u.exec(phrase.trim());
    if (!first) return;
    const key = first[0].replace('*', '').toLowerCase();
    if (first[1]) {
      const stem = index.stems.find((s) => s.prefix === key);
      if (stem) stem.terms.push(term);
      else index.stems.push({ prefix: key, terms: [term] });
    } else {
      index.byFirstWord.set(key, [...(index.byFirstWord.get(key) ?? []), term]);
    }
  };
  // Products first: where a product and a category word match the same text, the product wins.
  for (const rule of catalog.values()) {
    const target: Target = { kind: 'product', ruleId: rule.id, category: rule.category, label: rule.product };
    for (const name of productNames(rule)) add(name, target, true);
  }
  for (const [category, words] of Object.entries(CATEGORY_WORDS) as [CategoryId, readonly string[]][]) {
    const target: Target = { kind: 'category', category, label: englishText(categoryNameKey(category)) };
    for (const word of words) add(word, target, false);
  }
  index.firstWords = firstWordPattern(index.byFirstWord.keys(), index.stems.map((s) => s.prefix));
  return index;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
  stem: boolean;
}

/**
 * One pattern for every first word, written as a trie ("se(?:ssion|gment)") so the engine follows one
 * branch per letter. It matches a whole word: a first word, optionally with a plural "s", or a stem with
 * any ending. One regular-expression scan of the text is much cheaper than looking up every word in JS.
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
  const letter = (ch: string) => (ch.toUpperCase() === ch ? ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&') : `[${ch}${ch.toUpperCase()}]`);
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
  const names = [rule.product, ...(Array.isArray(rule.aliases) ? rule.aliases : [])].filter((n): n is string => typeof n === 'string');
  const bare = typeof rule.product === 'string' ? rule.product.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim() : '';
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
    if (part === '*') pieces.push(STEM_ENDING);
    else if (SEPARATOR_RUN.test(part)) pieces.push(GAP);
    else if (part) pieces.push(exactCase ? part : part.toLowerCase());
  }
  return { target, pieces, exactCase, plural, ordinary };
}

// ---------------------------------------------------------------------------------------------------
// Matching

interface Match {
  term: Term;
  start: number;
  end: number;
}

/** Leftmost-longest, non-overlapping matches, trying only the terms that can start at each word. */
function findMatches(text: string, sentences: readonly Sentence[], index: Index): Match[] {
  const matches: Match[] = [];
  let consumed = 0;
  const words = index.firstWords;
  words.lastIndex = 0;
  // Each hit is a whole word (see firstWordPattern), so word[0] is the word as written.
  for (let word = words.exec(text); word; word = words.exec(text)) {
    if (word.index < consumed) continue;
    const key = word[0].toLowerCase();
    let best = longestAt(text, word.index, index.byFirstWord.get(key), undefined);
    if (key.length > 3 && key.endsWith('s')) best = longestAt(text, word.index, index.byFirstWord.get(key.slice(0, -1)), best);
    for (const stem of index.stems) if (key.startsWith(stem.prefix)) best = longestAt(text, word.index, stem.terms, best);
    if (!best) continue;
    if (best.term.ordinary && !ordinaryNameFits(text, sentenceAt(sentences, best.start), best)) continue;
    matches.push(best);
    consumed = best.end;
  }
  return matches;
}

/** The longest of these terms matching at this word, if longer than the best so far. */
function longestAt(text: string, start: number, terms: readonly Term[] | undefined, best: Match | undefined): Match | undefined {
  for (const term of terms ?? []) {
    const end = matchEnd(text, start, term);
    // Strictly longer only: on a tie the earlier term wins, and products are indexed first.
    if (end > (best?.end ?? -1)) best = { term, start, end };
  }
  return best;
}

/** Where the term ends if it matches at this offset as whole words, or -1. */
function matchEnd(text: string, start: number, term: Term): number {
  let at = start;
  for (const piece of term.pieces) {
    if (piece === GAP) {
      const from = at;
      while (at < text.length && isGap(text.charCodeAt(at))) at += 1;
      if (at === from) return -1;
    } else if (piece === STEM_ENDING) {
      while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at += 1;
    } else {
      const written = text.slice(at, at + piece.length);
      if ((term.exactCase ? written : written.toLowerCase()) !== piece) return -1;
      at += piece.length;
    }
  }
  if (term.plural && (text[at] === 's' || text[at] === 'S') && endsWord(text, at + 1)) return at + 1;
  return endsWord(text, at) ? at : -1;
}

/** Space, line break, no-break space or hyphen: "in-app", "in app" and a name wrapped over two lines. */
function isGap(code: number): boolean {
  return isSpace(code) || code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** Whether a match ending here ends on a whole word ("Hotjar's" does, "Hotjarring" does not). */
function endsWord(text: string, end: number): boolean {
  WORD_CHAR.lastIndex = end;
  return !WORD_CHAR.test(text);
}

/** Words that follow a verb used as an instruction: "Highlight any concerns", "Relay this to HR". */
const IMPERATIVE_OBJECT = /^\s+(?:a|an|the|any|all|each|every|your|our|their|this|that|these|those|it|them|such)\b/iu;

/**
 * A product named with ordinary words ("Clarity", "Highlight") is a word, not the product, in a
 * title-case heading ("Clarity and Choice") or as an instruction that opens a sentence ("Highlight any
 * concerns to your manager").
 */
function ordinaryNameFits(text: string, sentence: Sentence, match: Match): boolean {
  if (isTitleCaseHeading(text, sentence)) return false;
  return !(match.start === sentence.start && IMPERATIVE_OBJECT.test(text.slice(match.end, match.end + 12)));
}

// ---------------------------------------------------------------------------------------------------
// Sentences

export interface Sentence {
  /** Offsets into the text; a bullet's marker is left out. */
  start: number;
  end: number;
  bullet: boolean;
  /** A bullet under a lead-in that negates ("We will never:"), which negates the bullet too. */
  underNegatedLeadIn: boolean;
}

const BULLET_MARKER = /^[ \t\f\v\r]*(?:[-*+•◦▪▫‣∙·–—]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])[ \t]+/i;
const INLINE_BULLET = /[•◦▪‣]/u;
/** A line ending like this ends its sentence even when the next line continues in lower case. */
const LINE_END_PUNCTUATION = /[.!?:;…]["'”’)\]]*$/u;
/** Shorter lines without closing punctuation are headings or list items, not a wrapped paragraph. */
const SHORT_LINE = 60;
/** Sentence ends: punctuation followed by a capital or digit, or a bullet character in running text. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|[•◦▪‣]/gu;
/** Abbreviations after which a full stop does not end a sentence ("e.g. Hotjar", "Mr. Smith"). */
const ABBREVIATIONS = new Set(['eg', 'ie', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'approx', 'incl', 'inc', 'ltd', 'co', 'corp', 'dept', 'cf', 'viz', 'al', 'jr', 'sr', 'plc']);
/** Abbreviations that do not end a sentence when a number follows ("section 3, para. 4"). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'para', 'paras', 's', 'ss', 'sec', 'art', 'fig', 'p', 'pp', 'vol', 'ch', 'reg']);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of splitBlocks(text)) splitBlock(text, block, sentences);
  // A lead-in ending with a colon applies to the bullets under it: "We will never:" then "- log keys".
  let leadInNegated = false;
  for (const sentence of sentences) {
    if (sentence.bullet) sentence.underNegatedLeadIn = leadInNegated;
    else leadInNegated = negatesLeadIn(text.slice(Math.max(sentence.start, sentence.end - 300), sentence.end));
  }
  return sentences;
}

interface Block {
  start: number;
  end: number;
  bullet: boolean;
}

/** Paragraphs, headings and list items: runs of lines that belong together. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: { start: number; bullet: boolean } | undefined;
  let previousLine = '';
  let previousEnd = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (!trimmed) {
      if (open) blocks.push({ ...open, end: previousEnd });
      open = undefined;
    } else {
      const marker = BULLET_MARKER.exec(line);
      if (open && (marker || startsNewBlock(previousLine, trimmed))) {
        blocks.push({ ...open, end: previousEnd });
        open = undefined;
      }
      open ??= { start: lineStart + (marker?.[0].length ?? 0), bullet: marker !== null };
      previousLine = trimmed;
      previousEnd = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (open) blocks.push({ ...open, end: previousEnd });
  return blocks;
}

function startsNewBlock(previousLine: string, line: string): boolean {
  if (LINE_END_PUNCTUATION.test(previousLine)) return true;
  if (/^\p{Ll}/u.test(line)) return false;
  return previousLine.length < SHORT_LINE;
}

function splitBlock(text: string, block: Block, out: Sentence[]): void {
  const body = text.slice(block.start, block.end);
  const push = (from: number, to: number, bullet: boolean) => {
    let start = block.start + from;
    let end = block.start + to;
    while (start < end && isSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) out.push({ start, end, bullet, underNegatedLeadIn: false });
  };
  let from = 0;
  let bullet = block.bullet;
  SENTENCE_END.lastIndex = 0;
  for (let end = SENTENCE_END.exec(body); end; end = SENTENCE_END.exec(body)) {
    if (INLINE_BULLET.test(end[0])) {
      push(from, end.index, bullet);
      from = end.index + end[0].length;
      bullet = true;
      continue;
    }
    if (end[0] === '.' && isAbbreviation(body, end.index)) continue;
    push(from, end.index + end[0].length, bullet);
    from = end.index + end[0].length;
  }
  push(from, body.length, bullet);
}

function isAbbreviation(body: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 20 && !isSpace(body.charCodeAt(start - 1))) start -= 1;
  const token = body.slice(start, dot).replace(/^["'“‘([]+/u, '').replace(/\./g, '').toLowerCase();
  if (/^\p{L}$/u.test(token) || ABBREVIATIONS.has(token)) return true;
  return NUMBER_ABBREVIATIONS.has(token) && /^\s+\d/.test(body.slice(dot + 1, dot + 4));
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** The sentence containing an offset (sentences are in order; an offset between two gets the earlier). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return sentences[low] ?? { start: offset, end: offset, bullet: false, underNegatedLeadIn: false };
}

/** A line on its own, short and without closing punctuation: a heading ("3.2 Data loss prevention"). */
export function isHeadingLine(text: string, sentence: Sentence): boolean {
  if (sentence.bullet || sentence.end - sentence.start > 100) return false;
  return !/[.!?;:,]["'”’)\]]*$/u.test(text.slice(sentence.start, sentence.end));
}

/** A title-case heading such as "Clarity and Choice", where an ordinary-word product name is a word. */
export function isTitleCaseHeading(text: string, sentence: Sentence): boolean {
  if (!isHeadingLine(text, sentence)) return false;
  const words = text.slice(sentence.start, sentence.end).match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/** The sentence as shown: whitespace collapsed, cut around the match at word boundaries if too long. */
function quoteSentence(text: string, sentence: Sentence, start: number, end: number): string {
  const from = Math.max(sentence.start, start - 2 * MAX_SENTENCE_CHARS);
  const to = Math.min(sentence.end, end + 2 * MAX_SENTENCE_CHARS);
  const matched = collapseSpaces(text.slice(start, end));
  let head = collapseSpaces(text.slice(from, start)).trimStart();
  let tail = collapseSpaces(text.slice(end, Math.max(end, to))).trimEnd();
  let cutHead = from > sentence.start;
  let cutTail = to < sentence.end;
  const room = Math.max(0, MAX_SENTENCE_CHARS - matched.length);
  if (head.length + tail.length > room) {
    let headRoom = Math.floor(room / 2);
    let tailRoom = room - headRoom;
    if (head.length < headRoom) [headRoom, tailRoom] = [head.length, room - head.length];
    else if (tail.length < tailRoom) [headRoom, tailRoom] = [room - tail.length, tail.length];
    if (head.length > headRoom) {
      const kept = head.slice(head.length - headRoom);
      head = /^\S/.test(kept) && /\S$/.test(head.slice(0, head.length - headRoom)) ? kept.replace(/^\S*\s?/, '') : kept.trimStart();
      cutHead = true;
    }
    if (tail.length > tailRoom) {
      const kept = tail.slice(0, tailRoom);
      tail = /\S$/.test(kept) && /^\S/.test(tail.slice(tailRoom)) ? kept.replace(/\s?\S*$/, '') : kept.trimEnd();
      cutTail = true;
    }
  }
  return `${cutHead ? '… ' : ''}${head}${matched}${tail}${cutTail ? ' …' : ''}`;
}

function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------------
// Negation

/**
 * Words that negate what follows in the same clause. Not "not only", "not limited to", "whether or
 * not", "no later than", "No. 5" or "without limitation", which policies use without negating anything.
 */
const NEGATION_CUE =
  /\b(?:never|neither|nor|none|cannot|no\s+longer)\b|\bwithout\b(?!\s+limitation)|(?<!\bwhether\s+or\s+)\bnot\b(?!\s+(?:only|just|limited|exhaustive|necessarily|least|all)\b)|\bno\b(?!\s+(?:later|more|less|fewer|sooner)\s+than\b)(?!\.?\s*\d)|\b\w+n['’]t\b/giu;
/** "Keystroke logging is not used", "screenshots will never be taken", "Hotjar never runs on payroll". */
const NEGATED_AFTER =
  /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:never\b|(?:is|are|was|were|will|shall|would|should|can|could|may|might|must|do|does|did|has|have|had|be|been)\s+(?:not|never|no\s+longer)\b|(?:isn|aren|wasn|weren|won|shan|wouldn|shouldn|couldn|mustn|don|doesn|didn|hasn|haven|hadn)['’]t\b|cannot\b)/iu;
/** Where a new clause starts, so a negation in one clause does not reach a product named in the next. */
const CLAUSE_BREAK =
  /[;:]|\b(?:but|however|although|though|whereas|while|except|unless|instead|otherwise)\b|,\s*(?:(?:and|or|so)\s+)?(?:we|you|it|they|this|these|those|which|who|our|your)\b/giu;
/**
 * Rules for the worker ("you must not disable the Zscaler client", "do not attempt to bypass the web
 * filter") negate the worker's action, not the monitoring: the tool is in use.
 */
const CIRCUMVENTION =
  /\b(?:bypass|circumvent|disabl|tamper|uninstall|remov(?!able)|interfer|evad|deactivat|overrid|obstruct|defeat|switch(?:ed|ing)?\s+off|turn(?:ed|ing)?\s+off|get\s+around|work\s+around|block|stop|prevent(?!ion))/iu;
const NEGATION_WORD_REACH = 12;

export function isNegated(text: string, sentence: Sentence, start: number, end: number): boolean {
  const before = lastClause(text.slice(Math.max(sentence.start, start - 300), start));
  if (negatesWhatFollows(before)) return true;
  const after = firstClause(text.slice(end, Math.min(Math.max(end, sentence.end), end + 200)));
  const negatedAfter = NEGATED_AFTER.exec(after);
  if (negatedAfter && !CIRCUMVENTION.test(after.slice(negatedAfter[0].length, negatedAfter[0].length + 40))) return true;
  return sentence.underNegatedLeadIn && !CIRCUMVENTION.test(before);
}

/** "We will never:" or "The council does not use any of the following:" */
function negatesLeadIn(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(':') && negatesWhatFollows(lastClause(trimmed.slice(0, -1)));
}

function negatesWhatFollows(clause: string): boolean {
  NEGATION_CUE.lastIndex = 0;
  for (let cue = NEGATION_CUE.exec(clause); cue; cue = NEGATION_CUE.exec(clause)) {
    const rest = clause.slice(cue.index + cue[0].length);
    if ((rest.match(WORDS) ?? []).length <= NEGATION_WORD_REACH && !CIRCUMVENTION.test(rest)) return true;
  }
  return false;
}

function lastClause(s: string): string {
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(s); found; found = CLAUSE_BREAK.exec(s)) cut = found.index + found[0].length;
  return s.slice(cut);
}

function firstClause(s: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  const found = CLAUSE_BREAK.exec(s);
  return found ? s.slice(0, found.index) : s;
}
