// The fixed wording of the two rights letters; letter.ts fills in the findings and assembles them.
// Plain British English, polite and firm. The law and the ICO's "Monitoring workers" guidance (2023)
// are described in our own words, never quoted.

export interface TextContext {
  /** Whether any findings were given. */
  hasFindings: boolean;
  /** "between 3 March 2026 and 22 November 2026" or "on 3 March 2026"; empty with no findings. */
  when: string;
  /** The declared policy as named in the letter (e.g. '"Acme monitoring policy"'), or null when none was provided. */
  policy: string | null;
  /** Products found but not in the policy, in order; empty when there are none. */
  undeclared: string[];
  /** Each promise of the policy that what was seen goes against, with the products. */
  contradictions: { products: string[]; quote: string }[];
  /** Products that were sent the worker's identifiers. */
  identityProducts: string[];
  /** Whether the letter lists kinds of monitoring the worker reported or the policy declares (letter-kinds.ts). */
  hasKinds: boolean;
  /** One request per such kind, in the letter's own form (letter-kind-text.ts). */
  kindRequests: string[];
}

/** What the letter lists: "the monitoring tools", "the kinds of monitoring", both, or null for nothing. */
function listed(ctx: TextContext): string | null {
  if (ctx.hasFindings && ctx.hasKinds) return 'the monitoring tools and the other kinds of monitoring';
  if (ctx.hasFindings) return 'the monitoring tools';
  if (ctx.hasKinds) return 'the kinds of monitoring';
  return null;
}

const CONTRADICTIONS_LEAD = 'What I saw goes against what the policy says:';
const IDENTITY_LEAD = 'Requests from my browser to these tools carried my identity:';

/** One question per contradiction, then one about identity: asked in both kinds of letter. */
function evidenceRequests(ctx: TextContext): string[] {
  return [
    ...ctx.contradictions.map(
      (c) => `How the use of ${joinList(c.products)} is consistent with the statement "${c.quote}"`,
    ),
    ...(ctx.identityProducts.length > 0
      ? [
          `Why my identity is sent to ${joinList(ctx.identityProducts)}, what ${ctx.identityProducts.length === 1 ? 'that vendor does' : 'those vendors do'} with it, and under what agreement.`,
        ]
      : []),
  ];
}

/** "A", "A and B", "A, B and C" (no serial comma, as British usage prefers). */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const NOTE_HEADING = '--- Note (delete before sending) ---';

export const PLACEHOLDER = {
  name: '[Your name]',
  role: '[Your job title or role]',
  employer: '[Employer name]',
  date: '[Date]',
  sarRecipient: '[Recipient, e.g. Data Protection Officer]',
  enquiryRecipient: '[Recipient, e.g. Data Protection Officer or HR Director]',
} as const;

// The Monitoring workers guidance, in our own words: what monitoring collects is personal data like any
// other, so the right of access reaches it.
const SAR_ICO =
  'The Information Commissioner\'s Office (ICO) guidance "Monitoring workers" (2023) explains that workers\' data protection rights, including this right of access, apply to the information collected about them through monitoring.';

const SIGHTLINE =
  'I identified them with Sightline, a browser extension that shows which monitoring tools run in the web pages a person visits.';

const TOOLS_SEEN = (when: string): string =>
  `The following monitoring tools were running in web applications I use for work ${when}. ${SIGHTLINE}`;

export const SAR = {
  subject: 'Subject access request under Article 15 UK GDPR: personal data collected by workplace monitoring tools',
  intro(ctx: TextContext): string[] {
    return [
      'I am writing to make a subject access request under Article 15 of the UK General Data Protection Regulation (UK GDPR), the right of access. Please treat this letter as that request.',
      listed(ctx) !== null
        ? `My request covers all the personal data you hold about me and, in particular, any data collected about me by ${listed(ctx)} listed below.`
        : 'My request covers all the personal data you hold about me and, in particular, any data collected about me by monitoring tools in the software and web applications I use for work, such as time or activity tracking, session recording, screen or keystroke capture, and usage analytics.',
      ...(ctx.hasKinds ? [SAR_ICO] : []),
      ...(ctx.hasFindings ? [TOOLS_SEEN(ctx.when)] : []),
    ];
  },
  contradictionsLead: CONTRADICTIONS_LEAD,
  identityLead: IDENTITY_LEAD,
  requestsLead: 'Under Article 15, please provide:',
  requests(ctx: TextContext): string[] {
    const what = listed(ctx);
    const tools =
      what === null
        ? 'any such monitoring tools'
        : `${what.replace(/^the monitoring tools/, 'the tools')} listed above`;
    return [
      ...(ctx.identityProducts.length > 0
        ? [
            `All personal data about me that ${joinList(ctx.identityProducts)} received, including the identifiers listed above, and who at your organisation or the vendor can see it.`,
          ]
        : []),
      `Confirmation of whether you process personal data about me and a copy of that data, including everything collected by or derived from ${tools}: for example activity logs, timings, recordings, screenshots, scores, reports, and any notes or decisions based on them.`,
      ...ctx.kindRequests,
      'The purposes for which that data is processed.',
      'The categories of personal data concerned.',
      'The recipients, or categories of recipient, to whom the data has been or will be disclosed, including the vendors of the tools and anyone outside the UK, and the safeguards that apply to any transfer outside the UK.',
      'How long the data will be kept or, if that is not possible, the criteria used to decide how long.',
      'Where any of the data was not collected from me directly, all available information about its source.',
      'Whether any automated decision-making, including profiling, is used in relation to me and, if so, meaningful information about the logic involved and its significance and likely consequences for me.',
      "Confirmation of my rights to ask for the data to be corrected or erased, to ask you to restrict its processing or to object to it, and to complain to the Information Commissioner's Office (ICO).",
    ];
  },
  after: [
    'Please send the copy of my data in a commonly used electronic format. If you need more information from me to confirm my identity or to find the data, please tell me promptly.',
  ],
  deadline:
    'You should respond without undue delay and in any event within one month of receiving this request. That period can be extended by up to two further months only in limited cases, where the request is complex or I have made a number of requests; if you extend it, please tell me within the first month and explain why. I do not expect to be charged a fee.',
  closing: 'Thank you. I look forward to hearing from you.',
  note: [
    'Keep a copy of this letter and note the date you send it: the one-month time limit runs from the day the employer receives it.',
    "A subject access request is about the person whose data it is. If a union rep sends it on a worker's behalf, include the worker's written authority.",
  ],
};

export const ENQUIRY = {
  subject: 'Request for information about the monitoring of workers',
  intro(ctx: TextContext): string[] {
    return [
      'I am writing to ask you to set out clearly what monitoring of workers you carry out, including through the software and web applications we use for work.',
      'The Information Commissioner\'s Office (ICO) guidance "Monitoring workers" (2023) explains that employers should be open with workers about monitoring. In summary, workers should be told that monitoring is taking place, what it involves, how far it goes and the reasons for it, and covert monitoring should be used only in exceptional circumstances. This reflects the transparency duties in Articles 13 and 14 UK GDPR, which require you to tell people, among other things, why their personal data is processed, the lawful basis, who receives it, how long it is kept and what rights they have. Where monitoring is likely to result in a high risk to workers, Article 35 UK GDPR requires a data protection impact assessment (DPIA), which should, where appropriate, take account of the views of the people affected or their representatives.',
      ctx.hasFindings
        ? TOOLS_SEEN(ctx.when)
        : 'I would be grateful for a complete answer covering every form of monitoring you carry out, whether in software, on devices, of email or by camera.',
    ];
  },
  contradictionsLead: CONTRADICTIONS_LEAD,
  identityLead: IDENTITY_LEAD,
  requestsLead: 'Please tell me:',
  requests(ctx: TextContext): string[] {
    const tools =
      ctx.hasFindings && ctx.hasKinds
        ? ', including through each of the tools listed above and each other kind of monitoring listed above'
        : ctx.hasFindings
          ? ', including through each of the tools listed above'
          : ctx.hasKinds
            ? ', including each kind of monitoring listed above'
            : '';
    const last =
      ctx.policy === null
        ? 'Where your monitoring policy, or the privacy notice that covers monitoring, is published. If there is none, please give me the information above in writing and tell me when a policy will be provided.'
        : ctx.undeclared.length > 0
          ? `Why ${joinList(ctx.undeclared)} ${ctx.undeclared.length > 1 ? 'are' : 'is'} not mentioned in ${ctx.policy}, and when it will be updated. Please also confirm whether, once updated, it will be a complete account of the monitoring you carry out.`
          : `Whether ${ctx.policy} is a complete account of the monitoring you carry out and, if not, when it will be updated.`;
    return [
      `What monitoring of workers you carry out${tools}, and which systems, devices and activities it covers.`,
      'Why it is carried out: the purpose of each form of monitoring.',
      'To what extent and how: what data is captured, how often, and whether monitoring is continuous, periodic or triggered by particular events.',
      'The lawful basis under Article 6 UK GDPR for each form of monitoring and, for any special category data, the condition under Article 9.',
      'How long the data is kept, and how it is deleted at the end of that period.',
      'Who can see the data, inside the organisation and outside it, including the vendors of the tools and their sub-processors.',
      'Whether any of the data is used to make automated decisions about workers, or for performance management, discipline or pay.',
      'Whether a data protection impact assessment (DPIA) was carried out for this monitoring and, if so, a copy or a summary of it.',
      'Whether workers or their representatives, including any recognised trade union, were consulted before the monitoring was introduced, and how.',
      'Whether any monitoring is carried out covertly and, if so, on what basis.',
      'How workers can see the data collected about them, and how they can challenge it or have it corrected.',
      ...evidenceRequests(ctx),
      ...ctx.kindRequests,
      last,
    ];
  },
  after: [
    'If some of this is already set out in a document, please send me a copy and point me to the relevant parts. This letter asks for information about monitoring; it is not a subject access request, and I may make one separately.',
  ],
  deadline:
    'I would be grateful for a full written reply within one month of the date of this letter. If you cannot reply in that time, please let me know when I can expect one.',
  closing: 'Thank you for your help. I look forward to hearing from you.',
  note: ['Keep a copy of this letter and note the date you send it.'],
};

/** What the letter was drafted from besides the browser, and the guidance on the kinds it lists. */
export interface NoteSources {
  reported: boolean;
  declared: boolean;
  reading: string[];
}

/** The note after the letter: the same core for both kinds, then the kind's own advice. */
export function noteText(
  extra: string[],
  from: NoteSources = { reported: false, declared: false, reading: [] },
): string[] {
  const sources = [
    'what it recorded in your browser',
    ...(from.reported ? ['your own reports'] : []),
    ...(from.declared ? ['the policy you recorded'] : []),
  ];
  return [
    NOTE_HEADING,
    `This letter is a template drafted by Sightline from ${joinList(sources)}. It is not legal advice. Before sending it, check it with your union rep or your union, and correct anything that is not accurate.`,
    'Sightline sees only what a web browser can see: the tools that load in the web pages you use. It cannot see desktop monitoring agents, server-side analytics, email scanning, CCTV or any other monitoring outside the browser, so your employer may carry out monitoring that is not listed here. A tool loading in a page shows that it was present; it does not by itself show what data it collected about you.',
    ...(from.reported
      ? [
          'The monitoring you reported yourself is written as what you saw or were told, not as something Sightline observed. Keep to what you know first hand or were told, and by whom: the employer may ask.',
        ]
      : []),
    ...(from.reading.length > 0
      ? [`Further reading on the kinds of monitoring listed:\n${from.reading.map((r) => `- ${r}`).join('\n')}`]
      : []),
    ...extra,
  ];
}
