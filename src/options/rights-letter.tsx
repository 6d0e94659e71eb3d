// Draft a subject access request or a "what monitoring do you carry out" letter from the evidence log;
// the person edits it, then copies it, saves it as a text file, or prints it (or saves it as a PDF).
// The employer, the contact and the policy come from the declaration that applies; the strongest
// evidence (identity sent, promises broken) leads the letter. Nothing is sent. The overview's "draft a
// letter" link names a product (#reports?product=…): the letter is then drafted at once and focused.
import { useEffect, useRef, useState } from 'preact/hooks';
import { productOf } from '../dashboard/routes';
import { draftLetter, type LetterKind } from '../evidence/letter/letter';
import { letterEvidence } from '../evidence/letter/letter-evidence';
import { letterFindings } from '../evidence/letter/letter-findings';
import { letterKinds } from '../evidence/letter/letter-kinds';
import { strongestEvidence } from '../evidence/letter/strongest-evidence';
import { describeDeclaration } from '../policy/declaration';
import { policyNow } from '../policy/status-now';
import { ruleCatalog } from '../rules/bundled-catalog';
import { declarationsItem, type StoredDeclarations } from '../shared/declarations-store';
import { downloadText } from '../shared/download';
import { readLog, readWorkerReports } from '../shared/evidence-log-read';
import { t } from '../shared/i18n';
import { Field } from './declaration-editor';
import { useGuarded } from './use-guarded';

/** The declaration letters are addressed from: the active one, or the only one there is. */
const activeDeclaration = (stored: StoredDeclarations) =>
  stored.declarations.find((d) => d.id === stored.activeId) ??
  (stored.declarations.length === 1 ? stored.declarations[0] : undefined);

export function RightsLetter() {
  const [kind, setKind] = useState<LetterKind>('monitoring-enquiry');
  const [employer, setEmployer] = useState('');
  const [recipient, setRecipient] = useState('');
  const [senderName, setSenderName] = useState('');
  const [prefilledFrom, setPrefilledFrom] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [pageOnly, setPageOnly] = useState<string[]>([]);
  const [includePageOnly, setIncludePageOnly] = useState(false);
  const { failure, guard } = useGuarded();
  const [asked] = useState(() => productOf(location.hash));
  const letterBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    void declarationsItem.get().then((stored) => {
      const active = activeDeclaration(stored);
      if (active) {
        setEmployer((now) => now || active.employer);
        setRecipient((now) => now || (active.contact ?? ''));
        setPrefilledFrom(describeDeclaration(active));
      }
      // Drafted with what was just filled in (the state above is not read until the next render).
      if (asked)
        void guard(t('letterDraft'), () =>
          draft({ employer: active?.employer ?? '', recipient: active?.contact ?? '' }),
        )();
    });
  }, []);

  useEffect(() => {
    if (asked && text) letterBox.current?.focus();
  }, [asked, text !== '']);

  const draft = async (filled: { employer: string; recipient: string } = { employer, recipient }) => {
    const stored = await declarationsItem.get();
    const now = policyNow(ruleCatalog, stored.declarations, stored.activeId);
    const log = await readLog();
    const { findings, pageOnly: left, declarationLabel } = letterFindings(log, includePageOnly, now);
    const { identity, contradictions } = letterEvidence(strongestEvidence(log, now, ruleCatalog), includePageOnly);
    // Beyond the browser: what the worker reported, and what the applying declaration says of kinds a
    // browser cannot see. The declaration is named even when no finding was compared with it.
    const active = activeDeclaration(stored);
    const kinds = letterKinds(
      (await readWorkerReports()).sort((a, b) => a.at - b.at).map((r) => r.report),
      active,
      (ruleId) => ruleCatalog.get(ruleId)?.category,
    );
    setPageOnly(left);
    setText(
      draftLetter({
        kind,
        date: new Date().toISOString().slice(0, 10),
        employer: filled.employer,
        recipient: filled.recipient,
        senderName,
        declarationLabel: declarationLabel ?? (active ? describeDeclaration(active) : undefined),
        findings,
        kinds,
        identity,
        contradictions,
      }),
    );
  };

  return (
    <section aria-labelledby="letter-h">
      <h2 id="letter-h">{t('letterTitle')}</h2>
      <p>{t('letterBody')}</p>
      <label>
        {t('letterKind')}{' '}
        <select
          value={kind}
          data-testid="letter-kind"
          onChange={(e) => setKind((e.target as HTMLSelectElement).value as LetterKind)}
        >
          <option value="monitoring-enquiry">{t('letterEnquiry')}</option>
          <option value="subject-access">{t('letterSar')}</option>
        </select>
      </label>
      <div class="grid">
        <Field label={t('fieldEmployer')} value={employer} testId="letter-employer" onInput={setEmployer} />
        <Field label={t('letterRecipient')} value={recipient} testId="letter-recipient" onInput={setRecipient} />
        <Field label={t('yourName')} value={senderName} onInput={setSenderName} />
      </div>
      {prefilledFrom && (
        <p class="meta" data-testid="letter-prefilled">
          {t('letterPrefilled', prefilledFrom)}
        </p>
      )}
      {pageOnly.length > 0 && (
        <label data-testid="letter-page-only">
          <input
            type="checkbox"
            checked={includePageOnly}
            onChange={(e) => setIncludePageOnly((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('letterIncludePageOnly', pageOnly.join(', '))}
        </label>
      )}
      <p>
        <button type="button" data-testid="letter-draft" onClick={() => void guard(t('letterDraft'), () => draft())()}>
          {t('letterDraft')}
        </button>
      </p>
      {text && (
        <>
          <label>
            {t('letterEdit')}
            <textarea
              rows={18}
              class="letter"
              data-testid="letter-text"
              ref={letterBox}
              value={text}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <p class="actions">
            <button
              type="button"
              onClick={() => void guard(t('letterCopy'), () => navigator.clipboard.writeText(text))()}
            >
              {t('letterCopy')}
            </button>{' '}
            <button
              type="button"
              data-testid="letter-save"
              onClick={() =>
                void guard(t('letterSave'), () => downloadText(`sightline-letter-${kind}.txt`, 'text/plain', text))()
              }
            >
              {t('letterSave')}
            </button>{' '}
            <button type="button" data-testid="letter-print" onClick={() => window.print()}>
              {t('letterPrint')}
            </button>
          </p>
          {/* What prints: the letter alone, as edited (options.css hides the rest of the page for print). */}
          <div class="letter-print" data-testid="letter-print-view" aria-hidden="true">
            {text}
          </div>
        </>
      )}
      {failure && (
        <p role="alert" class="error" data-testid="letter-error">
          {failure}
        </p>
      )}
    </section>
  );
}
