// The forms of the worker's identifiers the identity check looks for (set by identity.ts from settings),
// shared with record.ts, which scrubs every evidence string with them before anything is stored: a URL
// path can carry an email or its hash, and the identifiers must never reach the log or an export.
import { scrubIdentifiers, type Needle } from '../identity/needles';
import { maskOpaqueInUrl } from '../core/url';

let needles: Needle[] = [];

export function setNeedles(next: Needle[]): void {
  needles = next;
}

export function currentNeedles(): readonly Needle[] {
  return needles;
}

/** What evidence may store: the worker's identifiers named by kind, then any other opaque path token masked. */
export function scrubEvidence(text: string): string {
  return maskOpaqueInUrl(needles.length === 0 ? text : scrubIdentifiers(needles, text));
}
