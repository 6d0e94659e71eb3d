// Digests already worked out while verifying one file. Within a log the same group values and subjects
// recur (every tally of a stream shares them), so each distinct one is hashed once. A digest is
// remembered under the exact values it was made from, all text: found by the first and confirmed by
// comparing every other, so two different inputs never share a digest. (Building one key string per
// lookup cost more than the hashing it saved.)
export class DigestMemo {
  private readonly known = new Map<string, { rest: readonly (string | undefined)[]; hex: string }[]>();
  private size = 0;
  constructor(private readonly limit = 100_000) {}

  get(first: string, rest: readonly (string | undefined)[]): string | undefined {
    const bucket = this.known.get(first);
    if (!bucket) return undefined;
    for (const entry of bucket) if (sameValues(entry.rest, rest)) return entry.hex;
    return undefined;
  }

  set(first: string, rest: readonly (string | undefined)[], hex: string): string {
    if (this.size >= this.limit) {
      this.known.clear();
      this.size = 0;
    }
    const bucket = this.known.get(first);
    if (bucket) bucket.push({ rest, hex });
    else this.known.set(first, [{ rest, hex }]);
    this.size++;
    return hex;
  }
}

function sameValues(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const isTextOrAbsent = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';
