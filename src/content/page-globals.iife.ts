// MAIN-world script (runs in the page's own JavaScript world, at document_start, before page scripts).
// It only checks which of the globals named by the rules exist, and hands their names to the isolated
// content script in a DOM event whose name is fixed per build and unknown to the page. It defines no
// globals, changes nothing, and keeps pristine references taken before any page script could patch them.
// Whatever it reports is labelled page-reported: the page controls this world and could lie.
const names = __SIGHTLINE_GLOBALS__;
const channel = __SIGHTLINE_CHANNEL__;
const dispatch = EventTarget.prototype.dispatchEvent;
const addListener = EventTarget.prototype.addEventListener;
const PristineCustomEvent = CustomEvent;
const stringify = JSON.stringify;
const pristineSetTimeout = setTimeout;
const hasOwn = Object.prototype.hasOwnProperty;
const target = window;

function report(): void {
  const found: string[] = [];
  for (const name of names) {
    // hasOwnProperty runs no page code (unlike reading the value, which could hit a getter).
    if (hasOwn.call(target, name)) found.push(name);
  }
  dispatch.call(target, new PristineCustomEvent(channel, { detail: stringify(found) }));
}

// Once when the page has loaded, and once more later for tools that load lazily.
addListener.call(target, 'load', () => {
  report();
  pristineSetTimeout(report, 4000);
}, { once: true });
export {};
