// Runs in the extension's isolated world, injected only when the person presses "this tab is my
// employer's policy" in the popup: the page's address, title and visible text. Nothing else ever reads
// page text. Serialised and run on its own: it imports nothing. Limits match PolicyPage's.
export function readPolicyText(): { url: string; title: string; text: string } {
  return {
    url: location.href.slice(0, 8192),
    title: document.title.slice(0, 1000),
    text: (document.body?.innerText ?? '').slice(0, 1_000_000),
  };
}
