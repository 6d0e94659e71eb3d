// Signed exports (bundle version 4). Each install holds its own ECDSA P-256 key pair, the private half
// not extractable (src/shared/signing-key.ts); an export carries the public key and a signature over its
// envelope, which names the chain head, so over every record. What this proves is stated in
// docs/export-format.md: the file is unchanged since the install holding that key signed it. It cannot
// prove what that install was told to record, so a changed key for a member is flagged, not explained.
// ECDSA P-256 because both Chromium and Firefox offer it in Web Crypto (and so does Node for verify).
import { z } from 'zod';
import { canonicalJson } from './canonical';

export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** Prefix of the signed text: a signature over one thing can never be passed off as over another. */
const CONTEXT = 'sightline-evidence-signature/1\n';

const Base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(1000);
export const BundleSignature = z.strictObject({
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  /** The public key, SubjectPublicKeyInfo (DER), base64. */
  publicKey: Base64,
  /** The signature, IEEE P1363 (r ‖ s, 64 bytes, as Web Crypto gives it), base64. */
  value: Base64,
});
export type BundleSignature = z.infer<typeof BundleSignature>;

export type SignatureCheck =
  | { status: 'unsigned' }
  | { status: 'valid'; fingerprint: string }
  | { status: 'invalid'; fingerprint: string | null; reason: string };

/**
 * The exact text signed: the context line, then the canonical JSON (keys sorted, no whitespace) of the
 * whole file except `records` and `signature`. The envelope names entryCount and chainHead, and the
 * chain head's hash covers every record before it, so the records are signed through it.
 */
export function signedText(bundle: Record<string, unknown>): string {
  const envelope: Record<string, unknown> = { ...bundle };
  delete envelope.records;
  delete envelope.signature;
  return CONTEXT + canonicalJson(envelope);
}

const toBase64 = (bytes: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** A new key pair for an install; the private key cannot be exported, even by Sightline. */
export function generateSigningKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
}

/** The key's fingerprint: the first 16 hex digits of SHA-256 of its SPKI bytes, grouped in fours. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const digest = hex(await crypto.subtle.digest('SHA-256', fromBase64(publicKey))).slice(0, 16);
  return digest.match(/.{4}/g)!.join(' ');
}

/** The bundle with its signature added (a new object; the records are shared, not copied). */
export async function signBundle<T extends object>(
  bundle: T,
  keys: CryptoKeyPair,
): Promise<T & { signature: BundleSignature }> {
  const publicKey = toBase64(await crypto.subtle.exportKey('spki', keys.publicKey));
  const text = new TextEncoder().encode(signedText(bundle as Record<string, unknown>));
  const value = toBase64(await crypto.subtle.sign(SIGN, keys.privateKey, text));
  return { ...bundle, signature: { algorithm: SIGNATURE_ALGORITHM, publicKey, value } };
}

/** Whether the bundle's signature is over its envelope by the key it carries. */
export async function checkSignature(
  bundle: { signature?: BundleSignature } & Record<string, unknown>,
): Promise<SignatureCheck> {
  const signature = bundle.signature;
  if (!signature) return { status: 'unsigned' };
  let fingerprint: string | null = null;
  try {
    fingerprint = await keyFingerprint(signature.publicKey);
    const key = await crypto.subtle.importKey('spki', fromBase64(signature.publicKey), ECDSA, false, ['verify']);
    const ok = await crypto.subtle.verify(
      SIGN,
      key,
      fromBase64(signature.value),
      new TextEncoder().encode(signedText(bundle)),
    );
    if (ok) return { status: 'valid', fingerprint };
    return {
      status: 'invalid',
      fingerprint,
      reason:
        'its signature does not match the file: it was changed after it was signed, or signed with another key than the one it carries',
    };
  } catch (error) {
    return { status: 'invalid', fingerprint, reason: `its signature cannot be checked (${(error as Error).message})` };
  }
}
