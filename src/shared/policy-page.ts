// A policy page's text, as the popup reads it from the open tab (content/read-policy-text.ts) when the
// person asks, and keeps for this browser session for the options page to suggest declared items from.
// Checked on the way in: the page decides what its text says. zod/mini: the popup loads it.
import { z } from 'zod/mini';
import { POLICY_TEXT_LIMITS } from '../core/page-limits';

/** About 400 pages of text: more than any monitoring policy, small enough to handle at once. */
export const MAX_POLICY_TEXT = POLICY_TEXT_LIMITS.text;
export const POLICY_DRAFT_KEY = 'policy-draft';

const text = (max: number) => z.string().check(z.maxLength(max));
export const PolicyPage = z.strictObject({
  url: text(POLICY_TEXT_LIMITS.url),
  title: text(POLICY_TEXT_LIMITS.title),
  text: text(POLICY_TEXT_LIMITS.text),
});
export type PolicyPage = z.infer<typeof PolicyPage>;
