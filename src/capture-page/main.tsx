// The capture page inside the extension: compares with the active stored declaration and signs exports
// with the install's key, like the evidence log's exports.
import { render } from 'preact';
import { bundledCaptureEngine } from '../capture/bundled-engine';
import { signCapture } from '../capture/seal-capture';
import { keyFingerprint } from '../evidence/seal/signature';
import { declarationsItem } from '../shared/declarations-store';
import { installSigningKeys } from '../shared/signing-key';
import { CapturePage } from './capture-page';

async function start(): Promise<void> {
  const stored = await declarationsItem.get();
  const active =
    stored.declarations.find((d) => d.id === stored.activeId) ??
    (stored.declarations.length === 1 ? stored.declarations[0] : undefined);
  const sign = async (file: Parameters<typeof signCapture>[0]) => {
    const signed = await signCapture(file, await installSigningKeys());
    return { file: signed, fingerprint: await keyFingerprint(signed.signature!.publicKey) };
  };
  render(
    <CapturePage engine={bundledCaptureEngine()} via="extension" storedDeclaration={active} sign={sign} />,
    document.getElementById('app')!,
  );
}

void start();
