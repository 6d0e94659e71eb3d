// Finding the worker's own identifiers in what a monitoring product is sent. From each identifier the
// worker entered (lower-cased, trimmed) come the forms trackers use: as typed, URL-encoded, base64, and
// MD5, SHA-1 and SHA-256 hex. A hit is reported only as "identifies you by: email (sha256)"; neither the
// identifier nor the request is kept. Pure: the background hands in the URL and body text.
import { md5, sha1 } from '@noble/hashes/legacy';
import { bytesToHex } from '@noble/hashes/utils';
import { sha256HexOfText } from '../core/sha256';
import { MIN_IDENTIFIER_LENGTH, type IdentifierKind, type IdentityForm } from './kinds';

export interface Identifier {
  kind: IdentifierKind;
  value: string;
}

export interface Needle {
  kind: IdentifierKind;
  form: IdentityForm;
  text: string;
  /** Searched in the lower-cased text (identifiers and hex digests); base64 is case-sensitive. */
  lowerCase: boolean;
}

const encoder = new TextEncoder();

function base64(text: string): string {
  let binary = '';
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, '');
}

export function needlesFor(identifiers: readonly Identifier[]): Needle[] {
  const needles: Needle[] = [];
  for (const { kind, value } of identifiers) {
    const normal = value.trim().toLowerCase();
    if (normal.length < MIN_IDENTIFIER_LENGTH) continue;
    const bytes = encoder.encode(normal);
    const forms: [IdentityForm, string, boolean][] = [
      ['plain', normal, true],
      ['url_encoded', encodeURIComponent(normal).toLowerCase(), true],
      ['base64', base64(normal), false],
      ['md5', bytesToHex(md5(bytes)), true],
      ['sha1', bytesToHex(sha1(bytes)), true],
      ['sha256', sha256HexOfText(normal), true],
    ];
    for (const [form, text, lowerCase] of forms) {
      // URL-encoding leaves most identifiers as they are: count that form once, as plain.
      if (form === 'url_encoded' && text === normal) continue;
      needles.push({ kind, form, text, lowerCase });
    }
  }
  return needles;
}

/** "email:sha256" for each needle found in any of the texts (each label once, in needle order). */
export function findIdentifiers(needles: readonly Needle[], texts: readonly string[]): string[] {
  if (needles.length === 0) return [];
  const lower = texts.map((t) => t.toLowerCase());
  const found: string[] = [];
  for (const needle of needles) {
    const label = `${needle.kind}:${needle.form}`;
    if (found.includes(label)) continue;
    if ((needle.lowerCase ? lower : texts).some((text) => text.includes(needle.text))) found.push(label);
  }
  return found;
}

/** Lower-cases ASCII only, so every index still points at the same character of the original. */
const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());

/**
 * `text` with every form of the worker's identifiers replaced by its label in brackets ("[email:sha256]"):
 * evidence strings (a URL's path can carry an email or its hash) are scrubbed before anything is stored.
 */
export function scrubIdentifiers(needles: readonly Needle[], text: string): string {
  let out = text;
  for (const needle of needles) {
    const haystack = needle.lowerCase ? asciiLower(out) : out;
    let at = haystack.indexOf(needle.text);
    if (at === -1) continue;
    let scrubbed = '';
    let from = 0;
    while (at !== -1) {
      scrubbed += `${out.slice(from, at)}[${needle.kind}:${needle.form}]`;
      from = at + needle.text.length;
      at = haystack.indexOf(needle.text, from);
    }
    out = scrubbed + out.slice(from);
  }
  return out;
}
