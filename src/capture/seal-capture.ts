// Sealing and checking a capture-evidence file with the evidence log's own primitives: the SHA-256 of a
// context line and the canonical JSON (canonical.ts) of everything but the seal and the signature. The
// seal shows the file is whole and unedited since it was sealed, or that whoever edited it re-sealed it;
// only the signature (signature.ts, the install's key) says who sealed it.
import { canonicalJson, sha256Hex } from '../evidence/seal/canonical';
import { checkSignature, signBundle, type SignatureCheck } from '../evidence/seal/signature';
import type { CaptureBody, CaptureFile } from './capture-file';

const SEAL_CONTEXT = 'sightline-capture-seal/1\n';

export function captureSealHash(body: CaptureBody | CaptureFile): string {
  const copy: Record<string, unknown> = { ...body };
  delete copy.seal;
  delete copy.signature;
  return sha256Hex(SEAL_CONTEXT + canonicalJson(copy));
}

export function sealCapture(body: CaptureBody): CaptureFile {
  return { ...body, seal: { algorithm: 'SHA-256', hash: captureSealHash(body) } };
}

/** The file signed by the install's key (over the whole file but the signature, seal included). */
export function signCapture(file: CaptureFile, keys: CryptoKeyPair): Promise<CaptureFile> {
  return signBundle(file, keys);
}

export type CaptureVerification =
  { intact: true; signature: SignatureCheck } | { intact: false; reason: string; signature: SignatureCheck };

export async function verifyCapture(file: CaptureFile): Promise<CaptureVerification> {
  const signature = await checkSignature(file as unknown as Record<string, unknown> & CaptureFile);
  if (captureSealHash(file) !== file.seal.hash)
    return {
      intact: false,
      reason: 'its seal does not match its content: it was changed after it was sealed',
      signature,
    };
  if (signature.status === 'invalid') return { intact: false, reason: signature.reason, signature };
  return { intact: true, signature };
}
