// Runs in the extension's isolated world, injected only when the person presses "this tab is my
// employer's policy" in the popup: the page's address, title and visible text. Nothing else ever reads
// page text. Serialised and run on its own: it imports nothing at run time; the limits arrive as an
// argument (core/page-limits.ts, the numbers shared/policy-page.ts checks against).
import type { PolicyTextLimits } from '../core/page-limits';

export function readPolicyText(limits: PolicyTextLimits): { url: string; title: string; text: string } {
  return {
    url: location.href.slice(0, limits.url),
    title: document.title.slice(0, limits.title),
    text: (document.body?.innerText ?? '').slice(0, limits.text),
  };
}
