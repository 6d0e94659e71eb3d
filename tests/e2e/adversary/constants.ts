// The adversary has our published package, so it knows every string our code could use as a property
// name, event name or message channel. Extract them from the built JS the way an attacker would (a rough
// tokenizer, no parsing) and hand them to the trap page, which listens and sets getters for each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Quoted literals: '...', "..." and `...` without ${...}. Each quote kind is scanned on its own, as grep
 * would, and at every position (a lookahead): a closing quote read as an opening one hides nothing.
 */
const LITERALS = [/(?='([^'\\\n]{3,64})')/g, /(?="([^"\\\n]{3,64})")/g, /(?=`([^`\\$]{3,64})`)/g];
/** Words a page could meet as a property or event name; long prose and URLs are useless as traps. */
const NAME_LIKE = /^[A-Za-z_$][\w$:.-]*$/;
/** Enough to cover our own code twice over; Object.prototype getters for many more slow pages down. */
export const MAX_CONSTANTS = 4000;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/**
 * Name-like string constants of every .js file under `dist`, deduplicated. Content scripts and small
 * files come first (they are what runs near pages), so the cap drops bundled libraries' strings first.
 */
export function extractConstants(dist: string): string[] {
  const files = jsFiles(dist).sort((a, b) => statSync(a).size - statSync(b).size);
  const found = new Set<string>();
  for (const file of files) {
    // Fold templates that interpolate a literal (`${"sl-abc"}-api`), as a reader of the file would.
    const text = readFileSync(file, 'utf8').replace(/\$\{\s*(["'])([^"'\\\n]*)\1\s*\}/g, '$2');
    for (const literal of LITERALS) {
      for (const [, value = ''] of text.matchAll(literal)) if (NAME_LIKE.test(value)) found.add(value);
    }
  }
  return [...found].slice(0, MAX_CONSTANTS);
}
