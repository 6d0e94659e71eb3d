// Reading the employer's policy to suggest declared items: from the tab the person sent from the popup,
// a PDF file (text extracted here, with pdf.js), or pasted text. Each suggestion shows the sentence it
// came from; the person ticks what the policy really declares. Denials ("we do not use keystroke
// logging") are offered as promises to check, and the policy's own retention, access and rights
// sentences as answers for every item. Nothing is fetched. The reading itself runs in a worker
// (read-policy-off-thread.ts), so no text, however long, freezes this page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DeclaredItem, PolicyPromise, PolicyStatements } from '../policy/declaration';
import type { PolicyReading } from '../policy/reader/read-policy';
import type { Suggestion } from '../policy/reader/suggest';
import { t } from '../shared/i18n';
import { newItem } from './item-editor';
import { pdfText } from './pdf-text';
import type { PolicyDraft } from './policy-draft';
import {
  KindChoices,
  kindKey,
  offlineKinds,
  promiseKey,
  PromiseChoices,
  promiseFrom,
  StatementChoices,
  STATEMENT_POINTS,
} from './reader-choices';
import { ReadingStopped, readPolicyOffThread, stopReading } from './read-policy-off-thread';

export interface ReaderAccepted {
  items: DeclaredItem[];
  promises: PolicyPromise[];
  statements: PolicyStatements;
}

interface Props {
  draft: PolicyDraft | null;
  existing: readonly DeclaredItem[];
  existingPromises: readonly PolicyPromise[];
  onAccept: (accepted: ReaderAccepted) => void;
}

const keyOf = (s: Suggestion) => (s.kind === 'product' ? `p:${s.ruleId}` : `c:${s.category}`);

export function PolicyReader({ draft, existing, existingPromises, onAccept }: Props) {
  const [text, setText] = useState(draft?.text ?? '');
  const [reading, setReading] = useState<PolicyReading | null>(null);
  const [busy, setBusy] = useState(false);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set());
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(
    draft ? { error: false, text: t('readerFromTab', draft.title || draft.url || '') } : null,
  );

  const already = useMemo(
    () =>
      new Set(
        existing.flatMap((i) => [
          i.ruleId ? `p:${i.ruleId}` : !i.product && i.category ? `c:${i.category}` : '',
          i.kind ? `k:${i.kind}` : '',
        ]),
      ),
    [existing],
  );
  const promisedAlready = useMemo(() => new Set(existingPromises.map(promiseKey)), [existingPromises]);

  /** Resolves true when a reading was shown, false when it failed or was replaced by a newer one. */
  const suggest = async (source: string): Promise<boolean> => {
    setBusy(true);
    try {
      const found = await readPolicyOffThread(source);
      setReading(found);
      setTicked(
        new Set([
          ...found.suggestions.filter((s) => !s.negated && !already.has(keyOf(s))).map(keyOf),
          ...found.promises.map(promiseKey).filter((key) => !promisedAlready.has(key)),
          ...offlineKinds(found.kinds)
            .filter((k) => !k.negated && !already.has(kindKey(k)))
            .map(kindKey),
          ...STATEMENT_POINTS.filter((point) => found.statements[point]).map((point) => `s:${point}`),
        ]),
      );
      setBusy(false);
      return true;
    } catch (error) {
      if (error instanceof ReadingStopped) return false; // a newer reading took over and will finish
      setBusy(false);
      setStatus({ error: true, text: t('readerFailed', (error as Error).message) });
      return false;
    }
  };

  useEffect(() => {
    if (draft?.text) void suggest(draft.text);
    return stopReading;
  }, []); // the draft is read once, when the page opens with it

  const openPdf = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ error: false, text: t('readerReadingPdf', file.name) });
    try {
      const extracted = await pdfText(file);
      setText(extracted);
      if (await suggest(extracted)) setStatus({ error: false, text: t('readerPdfRead', file.name) });
    } catch (error) {
      setStatus({ error: true, text: (error as Error).message });
    }
  };

  const toggle = (key: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(key);
    else next.delete(key);
    setTicked(next);
  };

  const accept = () => {
    if (!reading) return;
    const items = reading.suggestions
      .filter((s) => ticked.has(keyOf(s)) && !already.has(keyOf(s)))
      .map((s) =>
        s.kind === 'product'
          ? newItem({ product: s.label, ruleId: s.ruleId, category: s.category, quote: s.sentence.slice(0, 600) })
          : newItem({ category: s.category, quote: s.sentence.slice(0, 600) }),
      );
    const kindItems = offlineKinds(reading.kinds)
      .filter((k) => !k.negated && ticked.has(kindKey(k)) && !already.has(kindKey(k)))
      .map((k) =>
        newItem({ kind: k.kind, quote: k.sentence.slice(0, 600), ...(k.frequency ? { frequency: k.frequency } : {}) }),
      );
    const promises = reading.promises
      .filter((p) => ticked.has(promiseKey(p)) && !promisedAlready.has(promiseKey(p)))
      .map(promiseFrom);
    const statements: PolicyStatements = Object.fromEntries(
      STATEMENT_POINTS.filter((point) => ticked.has(`s:${point}`) && reading.statements[point]).map((point) => [
        point,
        reading.statements[point]!.slice(0, 600),
      ]),
    );
    onAccept({ items: [...items, ...kindItems], promises, statements });
    setReading(null);
  };

  const suggestions = reading?.suggestions;
  return (
    <details class="reader" open={!!draft} data-testid="policy-reader">
      <summary>{t('readerTitle')}</summary>
      <p class="meta">{t('readerBody')}</p>
      <label>
        {t('readerPaste')}
        <textarea
          rows={6}
          value={text}
          data-testid="policy-text"
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <p class="actions">
        <button type="button" data-testid="suggest" onClick={() => void suggest(text)}>
          {t('readerSuggest')}
        </button>{' '}
        <label class="file-button">
          {t('readerPdf')}{' '}
          <input
            type="file"
            accept="application/pdf,.pdf"
            data-testid="policy-pdf"
            onChange={(e) => void openPdf((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </p>
      {busy && (
        <p class="meta" role="status" data-testid="reader-reading">
          {t('readerReading')}
        </p>
      )}
      {status && (
        <p class={status.error ? 'error' : 'meta'} role={status.error ? 'alert' : 'status'} data-testid="reader-status">
          {status.text}
        </p>
      )}
      {reading && suggestions && (
        <>
          <fieldset data-testid="suggestions">
            <legend>{t('readerSuggestions', String(suggestions.length))}</legend>
            {suggestions.length === 0 && <p>{t('readerNothing')}</p>}
            {suggestions.map((s) => {
              const key = keyOf(s);
              return (
                <div key={key} class="suggestion" data-testid="suggestion" data-key={key}>
                  <label>
                    <input
                      type="checkbox"
                      checked={ticked.has(key)}
                      disabled={already.has(key)}
                      onChange={(e) => toggle(key, (e.target as HTMLInputElement).checked)}
                    />{' '}
                    <strong>{s.label}</strong> ({t(s.kind === 'product' ? 'readerProduct' : 'readerCategory')})
                    {s.negated && <span class="error"> — {t('readerNegated')}</span>}
                    {already.has(key) && <span class="meta"> — {t('readerAlready')}</span>}
                  </label>
                  <blockquote class="quote">{s.sentence}</blockquote>
                </div>
              );
            })}
          </fieldset>
          <KindChoices kinds={reading.kinds} ticked={ticked} already={already} onToggle={toggle} />
          <PromiseChoices promises={reading.promises} ticked={ticked} already={promisedAlready} onToggle={toggle} />
          <StatementChoices statements={reading.statements} ticked={ticked} onToggle={toggle} />
          <button type="button" data-testid="add-suggestions" onClick={accept}>
            {t('readerAdd')}
          </button>
        </>
      )}
    </details>
  );
}
