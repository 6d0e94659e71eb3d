// The strongest evidence (strongest-evidence.ts) in the words a letter uses: the worker writes in the
// first person ("my work email address, as a SHA-256 hash"), and each capability in plain English.
import { englishText } from '../../core/english-text';
import { categoryNameKey, type CapabilityId } from '../../core/taxonomy';
import type { StrongestEvidence } from './strongest-evidence';

export interface LetterIdentity {
  product: string;
  /** "my work email address (as a SHA-256 hash, URL-encoded)", one per kind of identifier */
  forms: string[];
  sites: string[];
}

export interface LetterContradiction {
  quote: string;
  by: 'product' | 'category' | 'capability';
  /** What the promise is about: a product name, a category name, or what can be captured ("what you type"). */
  subject: string;
  products: string[];
  sites: string[];
  /** The addresses of the sources that document a capability the products have (capability promises). */
  sources?: string[];
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  email: 'my work email address',
  employee_number: 'my employee number',
  username: 'my username',
};
const FORM_WORDS: Readonly<Record<string, string>> = {
  plain: 'as written',
  url_encoded: 'URL-encoded',
  base64: 'Base64-encoded',
  md5: 'as an MD5 hash',
  sha1: 'as a SHA-1 hash',
  sha256: 'as a SHA-256 hash',
};

/** What a tool can capture, as the worker writing the letter says it. */
export const CAPABILITY_FIRST_PERSON: Readonly<Record<CapabilityId, string>> = {
  clicks: 'what I click',
  mouse_movement: 'how my mouse moves',
  typed_text: 'what I type',
  page_content: 'what is on the pages I see',
  screen_capture: 'screenshots or video of my screen',
  urls_visited: 'which pages and sites I visit',
  active_idle_time: 'when I am active or idle',
  identity: 'who I am',
  location: 'where I am',
  camera: 'my camera',
  microphone: 'my microphone',
  clipboard: 'what I copy and paste',
  files: 'files I open, upload or download',
  message_content: 'the content of my messages',
};

/**
 * ["email:sha256", "email:url_encoded"] -> ["my work email address (as a SHA-256 hash, URL-encoded)"]: one
 * phrase per kind of identifier, with its forms. An unknown label is shown as it is.
 */
export function identityFormWords(labels: readonly string[]): string[] {
  const byKind = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const label of labels) {
    const [kind = '', form = ''] = label.split(':');
    const kindWords = Object.hasOwn(KIND_WORDS, kind) ? KIND_WORDS[kind] : undefined;
    const formWords = Object.hasOwn(FORM_WORDS, form) ? FORM_WORDS[form] : undefined;
    if (!kindWords || !formWords) {
      unknown.push(label);
      continue;
    }
    const forms = byKind.get(kindWords) ?? [];
    if (!forms.includes(formWords)) forms.push(formWords);
    byKind.set(kindWords, forms);
  }
  return [...[...byKind].map(([kind, forms]) => `${kind} (${forms.join(', ')})`), ...unknown];
}

/** Page-only products never reach a letter here: the caller decides, as for findings, whether to include them. */
export function letterEvidence(
  strongest: StrongestEvidence,
  includePageOnly: boolean,
): { identity: LetterIdentity[]; contradictions: LetterContradiction[] } {
  return {
    identity: strongest.identity.map((i) => ({
      product: i.product,
      forms: identityFormWords(i.forms),
      sites: i.sites,
    })),
    contradictions: strongest.contradictions.flatMap((c) => {
      const products = includePageOnly
        ? [...c.products, ...c.pageOnlyProducts].sort((a, b) => a.localeCompare(b))
        : c.products;
      if (products.length === 0) return [];
      const { promise } = c;
      const subject =
        promise.ruleId !== undefined
          ? (promise.product ?? promise.ruleId)
          : promise.category !== undefined
            ? englishText(categoryNameKey(promise.category))
            : CAPABILITY_FIRST_PERSON[promise.capability!];
      return [
        {
          quote: promise.quote,
          by: c.by,
          subject,
          products,
          sites: c.sites,
          ...(c.sources.length ? { sources: c.sources } : {}),
        },
      ];
    }),
  };
}
