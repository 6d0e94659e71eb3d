// How deep a JSON text nests, found without parsing it. JSON.parse reads an array nested 32 million deep
// (64 MB of brackets), but builds 32 million arrays to do it: 47 s and 3.4 GB in one test
// (npm run bench:hostile), enough to stop a rep's merge. An export nests four deep, so a file that nests
// deeper than a generous limit is refused before it is parsed. Strings are skipped with indexOf (their
// brackets do not count), which keeps the scan to a few milliseconds per megabyte of export.

/** The offset at which the text first nests deeper than `limit`, or -1 (also for malformed text: JSON.parse says why). */
export function firstTooDeep(text: string, limit: number): number {
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Find the closing quote: one not preceded by an odd number of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92 /* \ */) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return -1;
      i = end + 1;
      continue;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
    i++;
  }
  return -1;
}
