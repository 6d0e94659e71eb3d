// Drafts a rights letter from Sightline's findings: a subject access request (UK GDPR Article 15) or an
// enquiry about what monitoring the employer carries out. Plain text the person edits before sending.
// Pure and deterministic: dates are read from the ISO text as written (letter-dates.ts).
import type { DeclaredStatus } from '../../policy/declared-status';
import type { LetterContradiction, LetterIdentity } from './letter-evidence';
import { clean, dates, dayKey, longDate, span, when } from './letter-dates';
import { enquiryKindRequests, kindBlocks, kindReading, sarKindRequests } from './letter-kind-text';
import type { LetterKinds } from './letter-kinds';
import { ENQUIRY, PLACEHOLDER, SAR, joinList, noteText, type TextContext } from './letter-text';

export type LetterKind = 'subject-access' | 'monitoring-enquiry';

export interface LetterFinding {
  product: string;
  vendor?: string;
  /** Plain-words category name. */
  category: string;
  sites: string[];
  /** ISO date or date-time. */
  firstSeen: string;
  /** ISO date or date-time. */
  lastSeen: string;
  declared: DeclaredStatus;
}

export interface LetterInput {
  kind: LetterKind;
  /** ISO date. */
  date: string;
  employer?: string;
  /** e.g. "Data Protection Officer". */
  recipient?: string;
  senderName?: string;
  senderRole?: string;
  declarationLabel?: string;
  findings: LetterFinding[];
  /** Products that were sent the worker's identifiers (letter-evidence.ts). */
  identity?: LetterIdentity[];
  /** Promises of the policy that what was seen goes against (letter-evidence.ts). */
  contradictions?: LetterContradiction[];
  /** Kinds the worker reported and kinds the policy declares beyond the browser (letter-kinds.ts). */
  kinds?: LetterKinds;
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((i) => i !== ''))];
}

function productLabel(f: LetterFinding): string {
  return clean(f.product) || 'An unnamed tool';
}

/**
 * `policyLoaded`: a declaration is known (from the kinds) though it was not compared with this finding;
 * with findings compared against today's declarations, that means it does not apply to their sites.
 */
function policyLine(status: unknown, policy: string, policyLoaded: boolean): string {
  switch (status) {
    case 'product':
      return `named in ${policy}`;
    case 'category':
      return `covered only by a general category in ${policy}; the product is not named`;
    case 'undeclared':
      return `not mentioned in ${policy}`;
    case 'no-policy':
      return policyLoaded
        ? `${policy} does not apply to the sites where it was seen`
        : 'no policy provided to compare with';
    default:
      return 'not checked against a policy';
  }
}

/** One bullet per finding, several lines each. */
function findingBlock(f: LetterFinding, policy: string, policyLoaded: boolean): string {
  const vendor = clean(f.vendor);
  const product = productLabel(f);
  const name = vendor && vendor.toLowerCase() !== product.toLowerCase() ? `${product} (${vendor})` : product;
  const category = clean(f.category);
  const sites = unique((Array.isArray(f.sites) ? f.sites : []).map(clean));
  return [
    `- ${name}${category ? `: ${category}` : ''}`,
    `  Seen on: ${sites.length > 0 ? sites.join(', ') : 'sites not recorded'}`,
    `  Dates: ${dates(span([f.firstSeen, f.lastSeen]))}`,
    `  Policy: ${policyLine(f.declared, policy, policyLoaded)}`,
  ].join('\n');
}

const byStatus = (findings: LetterFinding[], status: LetterFinding['declared']): string[] =>
  unique(findings.filter((f) => f.declared === status).map(productLabel));

/** The paragraph comparing the findings with the declared policy (or saying there is none). */
function policySummary(findings: LetterFinding[], policy: string, policyLoaded: boolean): string {
  const noPolicy = byStatus(findings, 'no-policy');
  if (noPolicy.length === findings.length && !policyLoaded) {
    return 'I have not been given a monitoring policy, so I cannot tell whether any of these tools are meant to be covered by one.';
  }
  const sentence = (names: string[], one: string, many: string): string[] =>
    names.length === 0 ? [] : [`${joinList(names)} ${names.length === 1 ? one : many}.`];
  return [
    ...sentence(byStatus(findings, 'undeclared'), `was not mentioned in ${policy}`, `were not mentioned in ${policy}`),
    ...sentence(
      byStatus(findings, 'category'),
      `is covered only by a general category in ${policy}; the product is not named`,
      `are covered only by general categories in ${policy}; the products are not named`,
    ),
    ...sentence(byStatus(findings, 'product'), `is named in ${policy}`, `are named in ${policy}`),
    ...(policyLoaded
      ? sentence(
          noPolicy,
          `was seen on sites ${policy} does not apply to`,
          `were seen on sites ${policy} does not apply to`,
        )
      : sentence(
          noPolicy,
          'could not be compared with a policy, as none was provided',
          'could not be compared with a policy, as none was provided',
        )),
  ].join(' ');
}

/** " (see https://…)": where the vendor says so, for the reader to check. */
const sourcesText = (sources: readonly string[] | undefined): string =>
  sources && sources.length > 0 ? ` (see ${joinList(unique(sources.map(clean)))})` : '';

const wasWere = (names: readonly string[]) => (names.length === 1 ? 'was' : 'were');

/** "Your policy says: ... However, Fullstory was running on ..., and ..." : one paragraph per promise. */
function contradictionBlock(c: LetterContradiction, policy: string): string {
  const products = joinList(c.products.map(clean));
  const sites = unique(c.sites.map(clean));
  const where = sites.length > 0 ? ` on ${joinList(sites)}` : '';
  const subject = clean(c.subject);
  const because =
    c.by === 'capability'
      ? `, and ${c.products.length === 1 ? "its vendor's documentation says it" : "their vendors' documentation says they"} can capture ${subject}${sourcesText(c.sources)}`
      : c.by === 'category'
        ? ` (${subject})`
        : '';
  return `${policy.charAt(0).toUpperCase()}${policy.slice(1)} says: "${clean(c.quote)}" However, ${products} ${wasWere(c.products)} running${where}${because}.`;
}

function identityBlock(i: LetterIdentity): string {
  const sites = unique(i.sites.map(clean));
  return `- ${clean(i.product) || 'An unnamed tool'} was sent ${joinList(unique(i.forms.map(clean)))}${sites.length > 0 ? ` from ${joinList(sites)}` : ''}.`;
}

const numbered = (items: string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

export function draftLetter(input: LetterInput): string {
  const text = input.kind === 'subject-access' ? SAR : ENQUIRY;
  const findings = Array.isArray(input.findings) ? input.findings : [];
  const label = clean(input.declarationLabel);
  // Named when labelled; "your monitoring policy" when findings were compared with an unnamed one; null
  // when nothing says there is a policy at all.
  const kinds: LetterKinds = input.kinds ?? { policyLoaded: false, lines: [] };
  const named = label
    ? `"${label}"`
    : findings.some((f) => f.declared !== 'no-policy') || kinds.policyLoaded
      ? 'your monitoring policy'
      : null;
  const policy = named ?? 'your monitoring policy';
  const contradictions = (Array.isArray(input.contradictions) ? input.contradictions : []).filter(
    (c) => c.products.length > 0,
  );
  const identity = Array.isArray(input.identity) ? input.identity : [];
  const ctx: TextContext = {
    hasFindings: findings.length > 0,
    when: findings.length > 0 ? when(span(findings.flatMap((f) => [f.firstSeen, f.lastSeen]))) : '',
    policy: named,
    undeclared: byStatus(findings, 'undeclared'),
    contradictions: contradictions.map((c) => ({ products: c.products.map(clean), quote: clean(c.quote) })),
    identityProducts: unique(identity.map((i) => clean(i.product))),
    hasKinds: kinds.lines.length > 0,
    kindRequests: input.kind === 'subject-access' ? sarKindRequests(kinds) : enquiryKindRequests(kinds, policy),
  };

  const name = clean(input.senderName) || PLACEHOLDER.name;
  const role = clean(input.senderRole) || PLACEHOLDER.role;
  const recipient = clean(input.recipient);
  const employer = clean(input.employer) || PLACEHOLDER.employer;
  const date = dayKey(input.date);
  const placeholderRecipient =
    input.kind === 'subject-access' ? PLACEHOLDER.sarRecipient : PLACEHOLDER.enquiryRecipient;

  const blocks: string[] = [
    `${name}\n${role}`,
    date ? longDate(date) : PLACEHOLDER.date,
    `${recipient || placeholderRecipient}\n${employer}`,
    `Subject: ${text.subject}`,
    recipient ? `Dear ${recipient},` : 'Dear Sir or Madam,',
    ...text.intro(ctx),
    ...(contradictions.length > 0
      ? [text.contradictionsLead, ...contradictions.map((c) => contradictionBlock(c, policy))]
      : []),
    ...(identity.length > 0 ? [`${text.identityLead}\n\n${identity.map(identityBlock).join('\n')}`] : []),
    ...(findings.length > 0
      ? [
          findings.map((f) => findingBlock(f, policy, kinds.policyLoaded)).join('\n\n'),
          policySummary(findings, policy, kinds.policyLoaded),
        ]
      : []),
    ...kindBlocks(kinds, policy),
    `${text.requestsLead}\n\n${numbered(text.requests(ctx))}`,
    ...text.after,
    text.deadline,
    text.closing,
    `${recipient ? 'Yours sincerely' : 'Yours faithfully'},\n\n${name}\n${role}`,
    '',
    ...noteText(text.note, {
      reported: kinds.lines.some((l) => l.reported !== null),
      declared: kinds.lines.some((l) => l.declared !== null),
      reading: kindReading(kinds),
    }),
  ];
  return `${blocks.join('\n\n')}\n`;
}
