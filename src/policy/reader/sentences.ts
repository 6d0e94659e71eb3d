// Sentences of a policy text: where each starts and ends, whether it is a bullet or a heading, and how
// it is quoted back (cut around a match when long). Offsets always point into the original text.

// The global patterns in this file are shared and stateful (lastIndex): each use resets it first, and
// none is used across a call to another, so one copy is enough and none is rebuilt per sentence.
/** Words of a text. For String.prototype.match only, which ignores and resets lastIndex. */
export const WORDS = /[\p{L}\p{N}]+/gu;

export interface Sentence {
  /** Offsets into the text; a bullet's or number's marker is left out. */
  start: number;
  end: number;
  /** In a bulleted item ("- ", "• "); numbered items are not bullets (see NUMBER_MARKER). */
  bullet: boolean;
  /** A bullet under a lead-in that negates ("We will never:"), which negates the bullet too. */
  underNegatedLeadIn: boolean;
}

/** "- ", "• ": a bullet. */
const BULLET_MARKER = /^[ \t\f\v\r]*[-*+•◦▪▫‣∙·–—][ \t]+/u;
/**
 * "3. ", "(b) ", "iv) ": a numbered item or a numbered heading, which cannot be told apart, so it
 * starts a new block but is not treated as a bullet (it can be a heading, and does not take its
 * negation from a lead-in several sections back).
 */
const NUMBER_MARKER = /^[ \t\f\v\r]*\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)][ \t]+/i;
/** A line ending like this ends its sentence even when the next line continues in lower case. */
const LINE_END_PUNCTUATION = /[.!?:;…]["'”’)\]]*$/u;
/** Shorter lines without closing punctuation are headings or list items, not a wrapped paragraph. */
const SHORT_LINE = 60;
/**
 * Sentence ends: a run of [.!?…] and any closing quotes or brackets, followed by space and a capital or
 * digit (NEXT_SENTENCE); or a bullet character in running text. Found by nextSentenceEnd in one pass:
 * the single regex this once was backtracked through each run of punctuation from every start in it,
 * quadratic in the run (1 MB of dots took over an hour).
 */
const END_PUNCTUATION = '.!?…';
const CLOSERS = '"\'”’)]';
const INLINE_BULLETS = '•◦▪‣';
/** Sticky: at the end of a run, whether a new sentence starts. Only runs of spaces are scanned. */
const NEXT_SENTENCE = /\s+["'“‘([]?[\p{Lu}\p{N}]/uy;
/** Abbreviations after which a full stop does not end a sentence ("e.g. Hotjar", "Mr. Smith"). */
const ABBREVIATIONS = new Set([
  'eg',
  'ie',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'approx',
  'incl',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'cf',
  'viz',
  'al',
  'jr',
  'sr',
  'plc',
]);
/** Abbreviations that do not end a sentence when a number follows ("section 3, para. 4"). */
const NUMBER_ABBREVIATIONS = new Set([
  'no',
  'nos',
  'para',
  'paras',
  's',
  'ss',
  'sec',
  'art',
  'fig',
  'p',
  'pp',
  'vol',
  'ch',
  'reg',
]);

/**
 * The sentences of the text, in order. Each sentence's underNegatedLeadIn is left false here: it is
 * set by markNegatedLeadIns (negation.ts), which needs the whole list.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of splitBlocks(text)) splitBlock(text, block, sentences);
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
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (!trimmed) {
      if (open) blocks.push({ ...open, end: previousEnd });
      open = undefined;
    } else {
      const bullet = BULLET_MARKER.exec(line);
      const marker = bullet ?? NUMBER_MARKER.exec(line);
      if (open && (marker || startsNewBlock(previousLine, trimmed))) {
        blocks.push({ ...open, end: previousEnd });
        open = undefined;
      }
      open ??= { start: lineStart + (marker?.[0].length ?? 0), bullet: bullet !== null };
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
  for (let end = nextSentenceEnd(body, 0); end; end = nextSentenceEnd(body, end.to)) {
    if (end.bullet) {
      push(from, end.at, bullet);
      from = end.to;
      bullet = true;
      continue;
    }
    if (end.to - end.at === 1 && body[end.at] === '.' && isAbbreviation(body, end.at)) continue;
    push(from, end.to, bullet);
    from = end.to;
  }
  push(from, body.length, bullet);
}

/**
 * The next sentence end at or after `from`: [at, to) is the punctuation with its closers, or a bullet
 * character. Linear: each character is looked at once here, and each run of spaces once more.
 */
export function nextSentenceEnd(body: string, from: number): { at: number; to: number; bullet: boolean } | null {
  for (let i = from; i < body.length; i += 1) {
    const ch = body[i]!;
    if (INLINE_BULLETS.includes(ch)) return { at: i, to: i + 1, bullet: true };
    if (!END_PUNCTUATION.includes(ch)) continue;
    let to = i + 1;
    while (to < body.length && END_PUNCTUATION.includes(body[to]!)) to += 1;
    while (to < body.length && CLOSERS.includes(body[to]!)) to += 1;
    NEXT_SENTENCE.lastIndex = to;
    if (NEXT_SENTENCE.test(body)) return { at: i, to, bullet: false };
    // No start inside this run can end a sentence either (the old pattern's backtracking found none).
    i = to - 1;
  }
  return null;
}

function isAbbreviation(body: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 20 && !isSpace(body.charCodeAt(start - 1))) start -= 1;
  const token = body
    .slice(start, dot)
    .replace(/^["'“‘([]+/u, '')
    .replace(/\./g, '')
    .toLowerCase();
  if (/^\p{L}$/u.test(token) || ABBREVIATIONS.has(token)) return true;
  return NUMBER_ABBREVIATIONS.has(token) && /^\s+\d/.test(body.slice(dot + 1, dot + 4));
}

export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
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

const MAX_SENTENCE_CHARS = 400;

/** The sentence as shown: whitespace collapsed, cut around the match at word boundaries if too long. */
export function quoteSentence(text: string, sentence: Sentence, start: number, end: number): string {
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
      head =
        /^\S/.test(kept) && /\S$/.test(head.slice(0, head.length - headRoom))
          ? kept.replace(/^\S*\s?/, '')
          : kept.trimStart();
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

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ');
}
