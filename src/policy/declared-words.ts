// The words a declaration declares a kind of monitoring in: each matching item's sentence, else the
// product it names. One answer for the rep's picture (merge/picture-by-kind.ts) and the letters
// (letter/letter-kinds.ts), so both quote the policy the same way.
import type { Declaration } from './declaration';
import type { KindId } from './kinds';

/**
 * `categoryOf`: the category of a rule the declaration names by id (a named product declares its
 * category's kind). Null when no item declares the kind.
 */
export function declaredWords(
  declaration: Declaration,
  kind: KindId,
  categoryOf: (ruleId: string) => string | undefined,
): string[] | null {
  const items = declaration.items.filter(
    (item) => item.kind === kind || (item.ruleId !== undefined && categoryOf(item.ruleId) === kind),
  );
  if (items.length === 0) return null;
  return [...new Set(items.map((item) => item.quote ?? item.product).filter((w): w is string => !!w))];
}
