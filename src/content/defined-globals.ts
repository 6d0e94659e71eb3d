// Runs in the page's own (MAIN) world, injected by the background with scripting.executeScript after the
// page has loaded: which of `names` (the globals the rules name) exist there. It is serialised and run on
// its own, so it imports nothing and closes over nothing.
//
// Invisible by construction: the page's code has run before this and may have patched any built-in, so
// the function calls no function at all. `in` walks Window's prototype chain, which browsers make
// immutable (no Proxy a page could plant there); reading `.length` and indexes of the argument array
// reads own data properties; `+=` on strings calls nothing; the result is a string, so handing it back
// reads no property a page could define (no toJSON, no then). No loop over an iterator (a page can
// replace Array.prototype[Symbol.iterator]), no method call, no event, no DOM write, no error thrown.
//
// `in` also sees the DOM's named properties (an element with id="FS" makes "FS" in window true): the
// caller asks the isolated world the same question and keeps only names the page's world adds.
export function definedGlobals(names: readonly string[]): string {
  let found = '';
  for (let i = 0; i < names.length; i++) {
    if (names[i]! in window) found += names[i] + '\n';
  }
  return found;
}
