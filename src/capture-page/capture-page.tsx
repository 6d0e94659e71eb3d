// Check a browser capture: a HAR file in, the popup's picture out (products, categories, what each can
// capture, why flagged, declared or not, the platform's server-side features, what a capture cannot
// show), and a capture-evidence file to export. The same component runs inside the extension and as the
// standalone file; they differ only in what they pass in (a stored declaration, a signing key).
import { useState } from 'preact/hooks';
import { buildCaptureFile, serialiseCapture } from '../capture/build-capture';
import type { CaptureFile } from '../capture/capture-file';
import type { CaptureEngine } from '../capture/engine';
import { scanHarBytes, type HarScanResult } from '../capture/scan-har';
import { parseDeclarationFile, type Declaration } from '../policy/declaration';
import { downloadText } from '../shared/download';
import { t } from '../shared/i18n';
import { CaptureResults } from './capture-results';

export interface CapturePageProps {
  engine: CaptureEngine;
  via: 'extension' | 'standalone';
  /** The declaration the extension holds, if any (the person can load another file). */
  storedDeclaration?: Declaration;
  /** Signs the file with the install's key (extension only); returns it with the key's fingerprint. */
  sign?: (file: CaptureFile) => Promise<{ file: CaptureFile; fingerprint: string }>;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; error: string }
  | { step: 'done'; name: string; result: Extract<HarScanResult, { ok: true }> };

export function CapturePage({ engine, via, storedDeclaration, sign }: CapturePageProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [declaration, setDeclaration] = useState<Declaration | undefined>(storedDeclaration);
  const [declarationError, setDeclarationError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [harBytes, setHarBytes] = useState<Uint8Array | null>(null);

  const scan = async (bytes: Uint8Array, name: string, against: Declaration | undefined) => {
    setState({ step: 'reading', name });
    setExported(null);
    // Let the "reading" line paint before the synchronous parse.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const result = await scanHarBytes(bytes, engine, against);
    setState(result.ok ? { step: 'done', name, result } : { step: 'refused', name, error: result.error });
  };

  const chooseHar = async (file: File | undefined) => {
    if (!file) return;
    // The bytes stay in this page's memory only while it is open, to re-compare with another declaration;
    // nothing is written to storage.
    const bytes = new Uint8Array(await file.arrayBuffer());
    setHarBytes(bytes);
    await scan(bytes, file.name, declaration);
  };

  const chooseDeclaration = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseDeclarationFile(file.size, await file.text());
    if (!parsed.ok) {
      setDeclarationError(parsed.error);
      return;
    }
    setDeclarationError(null);
    setDeclaration(parsed.declaration);
    if (harBytes && state.step === 'done') await scan(harBytes, state.name, parsed.declaration);
  };

  const exportEvidence = async () => {
    if (state.step !== 'done') return;
    const { scan: result, har } = state.result;
    let file = buildCaptureFile(result, har, engine, {
      captureId: crypto.randomUUID(),
      createdAt: new Date(),
      via,
      ...(declaration ? { declaration } : {}),
    });
    let signedBy: string | null = null;
    if (sign) ({ file, fingerprint: signedBy } = await sign(file));
    const name = `sightline-capture-${result.sites[0]?.site ?? 'empty'}-${har.sha256.slice(0, 12)}.json`;
    downloadText(name, 'application/json', serialiseCapture(file));
    setExported(`${t('captureExported', name)} ${signedBy ? t('captureSigned', signedBy) : t('captureUnsigned')}`);
  };

  return (
    <>
      <h1>{t('captureTitle')}</h1>
      <p>{t('captureIntro')}</p>
      <p class="warning" role="note" id="capture-warning" data-testid="capture-warning">
        <strong>{t('captureWarningLead')}</strong> {t('captureWarning')}
      </p>
      <details data-testid="capture-how">
        <summary>{t('captureHowTitle')}</summary>
        <p>{t('captureHow')}</p>
      </details>
      <div class="drop-zone">
        <label>
          {t('captureChooseHar')}{' '}
          <input
            type="file"
            accept=".har,application/json,.json"
            aria-describedby="capture-warning"
            data-testid="capture-har-input"
            onChange={(e) => void chooseHar((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
        <br />
        <label>
          {t('captureChooseDeclaration')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="capture-declaration-input"
            onChange={(e) => void chooseDeclaration((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
        <p class="meta" data-testid="capture-declaration">
          {declaration ? t('captureDeclarationLoaded', declaration.employer) : t('captureDeclarationNone')}
        </p>
        {declarationError && (
          <p class="error" role="alert" data-testid="capture-declaration-error">
            {declarationError}
          </p>
        )}
      </div>
      {state.step === 'reading' && (
        <p role="status" data-testid="capture-reading">
          {t('captureReading', state.name)}
        </p>
      )}
      {state.step === 'refused' && (
        <p class="error" role="alert" data-testid="capture-error">
          {t('captureRefused', state.name)} {state.error}
        </p>
      )}
      {state.step === 'done' && (
        <>
          <CaptureResults scan={state.result.scan} har={state.result.har} engine={engine} />
          <p class="actions">
            <button type="button" data-testid="capture-export" onClick={() => void exportEvidence()}>
              {t('captureExport')}
            </button>
          </p>
          {exported && (
            <p role="status" data-testid="capture-exported">
              {exported}
            </p>
          )}
        </>
      )}
    </>
  );
}
