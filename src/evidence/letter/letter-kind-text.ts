// The parts of a rights letter about kinds of monitoring beyond the observed products (letter-kinds.ts):
// what the worker reported, said as the worker's own account ("I saw it myself"), never as something
// Sightline observed; what the policy declares beyond the browser, in the policy's words; and, for each
// kind, the subject access request's ask for the data it produced or the enquiry's questions about it.
// Every sentence is made from a line's data: a line with no report says nothing of reports, and with no
// policy loaded nothing is called declared or undeclared.
import { counted } from '../../core/counted';
import { englishText } from '../../core/english-text';
import { ICO_POINTS, ICO_SOURCES, type IcoSourceId } from '../../policy/ico-points';
import { KINDS } from '../../policy/kinds';
import { when } from './letter-dates';
import { HOW_WORDS, SAR_DATA, kindCaptures, kindNameWords, kindPlainWords, lowerFirst } from './letter-kind-words';
import type { LetterKindLine, LetterKinds } from './letter-kinds';
import { joinList } from './letter-text';

export const REPORTED_LEAD =
  'I have also seen, or been told about, the following monitoring. These are my own reports, which I recorded in Sightline; they are not something Sightline observed in my browser:';

/** The lead of the declared-only kinds: "which no web browser can see", or "wholly or partly" when some are partly visible. */
function declaredLead(lines: readonly LetterKindLine[], policy: string): string {
  const partly = lines.some((l) => KINDS[l.kind].visibility !== 'none');
  const policyCap = `${policy.charAt(0).toUpperCase()}${policy.slice(1)}`;
  return partly
    ? `${policyCap} also declares the following monitoring, which takes place wholly or partly outside what a web browser can see:`
    : `${policyCap} also declares the following monitoring, which no web browser can see:`;
}

function policyLine(line: LetterKindLine, kinds: LetterKinds, policy: string): string[] {
  if (!kinds.policyLoaded) return [];
  if (!line.declared) return [`  Policy: not mentioned in ${policy}`];
  const { words } = line.declared;
  return [
    words.length > 0
      ? `  Policy: declared in ${policy}, in these words: ${words.map((w) => `"${w}"`).join('; ')}`
      : `  Policy: declared in ${policy} (no wording of it was recorded)`,
  ];
}

function reportLine(reported: NonNullable<LetterKindLine['reported']>): string {
  const places = reported.places.length > 0 ? `, at ${joinList(reported.places)}` : '';
  const how = joinList(reported.how.map((h) => HOW_WORDS[h]));
  const range = when({ from: reported.from, to: reported.to });
  return `  What I know: ${how}${places}, ${range} (${counted(englishText, 'en', 'report', reported.reports)} in my record).`;
}

/** "a; b; and c": the capture phrases have "and" and commas of their own. */
function semicolons(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

function kindBlock(line: LetterKindLine, kinds: LetterKinds, policy: string): string {
  return [
    `- ${kindNameWords(line.kind)}: ${lowerFirst(kindPlainWords(line.kind))}`,
    `  Such monitoring can capture: ${semicolons(kindCaptures(line.kind))}.`,
    ...(line.reported ? [reportLine(line.reported)] : []),
    ...policyLine(line, kinds, policy),
  ].join('\n');
}

/** The blocks after the observed products: the reported kinds, then the kinds only declared. */
export function kindBlocks(kinds: LetterKinds, policy: string): string[] {
  const reported = kinds.lines.filter((l) => l.reported !== null);
  const declared = kinds.lines.filter((l) => l.reported === null && l.declared !== null);
  return [
    ...(reported.length > 0
      ? [`${REPORTED_LEAD}\n\n${reported.map((l) => kindBlock(l, kinds, policy)).join('\n\n')}`]
      : []),
    ...(declared.length > 0
      ? [`${declaredLead(declared, policy)}\n\n${declared.map((l) => kindBlock(l, kinds, policy)).join('\n\n')}`]
      : []),
  ];
}

/** One numbered ask per kind: the data that kind of monitoring produced about me (Article 15). */
export const sarKindRequests = (kinds: LetterKinds): string[] =>
  kinds.lines.map((l) => `From ${lowerFirst(kindNameWords(l.kind))}: ${SAR_DATA[l.kind]}.`);

/** One question per kind: whether it is done and why the policy is silent, or how a declared kind works. */
export function enquiryKindRequests(kinds: LetterKinds, policy: string): string[] {
  return kinds.lines.map((l) => {
    const name = lowerFirst(kindNameWords(l.kind));
    if (l.declared)
      return `For ${name}, which ${policy} declares: where and when it operates, what it records, who can see the records, how long they are kept, and whether a DPIA covers it (Article 35 UK GDPR).`;
    const where = l.reported && l.reported.places.length > 0 ? ` at ${joinList(l.reported.places)}` : '';
    return kinds.policyLoaded
      ? `Whether you carry out ${name}${where}, as I have seen or been told, and, if so, why ${policy} does not mention it, given that Articles 13 and 14 UK GDPR require you to tell workers how their personal data is processed.`
      : `Whether you carry out ${name}${where}, as I have seen or been told, and, if so, what it records, why, who can see the records and how long they are kept.`;
  });
}

/** The guidance on the points each kind raises (policy/ico-points.ts), each once, for the note. */
export function kindReading(kinds: LetterKinds): string[] {
  const sources: IcoSourceId[] = [];
  for (const line of kinds.lines)
    for (const point of KINDS[line.kind].ico)
      for (const source of ICO_POINTS[point].sources) if (!sources.includes(source)) sources.push(source);
  return sources.map((id) => {
    const s = ICO_SOURCES[id];
    return `${s.publisher}, "${s.title}" (${s.published}): ${s.url}`;
  });
}
