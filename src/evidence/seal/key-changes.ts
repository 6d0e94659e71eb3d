// The same member code (or name) under a different signing key, across the files a rep loads. A member
// code is chosen once per install and travels in the file, so anyone can copy it; the key cannot be
// copied (it is not extractable). A new key may be innocent (a reinstall, a new computer) or an impostor or
// a fabricated file: Sightline cannot tell which, so it flags the change and lets the rep ask.
import type { SignatureCheck } from './signature';

/** What a file says about its signer: a fingerprint, or "unsigned", or "invalid signature". */
export function signerLabel(signature: SignatureCheck | undefined): string {
  if (!signature || signature.status === 'unsigned') return 'unsigned';
  return signature.status === 'valid' ? signature.fingerprint : 'invalid signature';
}

export interface KeyChange {
  memberKey: string;
  label: string;
  /** Each distinct signer, in the order first seen, with the exports it signed. */
  signers: { signer: string; exportIds: string[] }[];
}

/** Members whose files name more than one signer (a key, or unsigned, or an invalid signature). */
export function findKeyChanges(
  files: readonly { memberKey: string; label: string; exportId: string; signature?: SignatureCheck }[],
): KeyChange[] {
  const byMember = new Map<string, KeyChange>();
  for (const file of files) {
    const change = byMember.get(file.memberKey) ?? { memberKey: file.memberKey, label: file.label, signers: [] };
    byMember.set(file.memberKey, change);
    const signer = signerLabel(file.signature);
    const known = change.signers.find((s) => s.signer === signer);
    if (known) known.exportIds.push(file.exportId);
    else change.signers.push({ signer, exportIds: [file.exportId] });
  }
  return [...byMember.values()].filter((c) => c.signers.length > 1);
}

/** One line for a report or the command line. */
export function describeKeyChange(change: KeyChange): string {
  const signers = change.signers.map(
    (s) =>
      `${s.signer === 'unsigned' || s.signer === 'invalid signature' ? s.signer : `key ${s.signer}`} (${s.exportIds.length} file${s.exportIds.length === 1 ? '' : 's'})`,
  );
  return `${change.label}: files under this member name different signers: ${signers.join(', ')}. A reinstall or new computer makes a new key; so does a file made elsewhere under a copied member code. Ask the member.`;
}
