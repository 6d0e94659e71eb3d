// The policy reader's two further lists: the promises the policy makes (its denials, each kept to be
// checked against what is seen) and its policy-wide retention, access and rights sentences. Ticked by
// default; the person unticks what the policy does not really say.
import type { PolicyPromise } from '../policy/declaration';
import type { KindFound } from '../policy/reader/channels';
import { isBrowserCategory, kindNameKey } from '../policy/kinds';
import type { PromiseFound } from '../policy/reader/promises';
import type { PolicyStatementsFound, StatementPoint } from '../policy/reader/statements';
import { englishText } from '../core/english-text';
import { capabilityKey, categoryNameKey } from '../core/taxonomy';
import { t } from '../shared/i18n';

export const STATEMENT_POINTS: readonly StatementPoint[] = ['retention', 'access', 'rights'];

/** One key per thing promised, so a promise already in the declaration is not added twice. */
export const promiseKey = (p: Pick<PromiseFound, 'ruleId' | 'category' | 'capability'>): string =>
  p.ruleId !== undefined
    ? `promise:p:${p.ruleId}`
    : p.category !== undefined
      ? `promise:c:${p.category}`
      : `promise:k:${p.capability ?? ''}`;

export function promiseFrom(found: PromiseFound): PolicyPromise {
  const base = { id: crypto.randomUUID(), quote: found.sentence.slice(0, 600) };
  if (found.ruleId !== undefined)
    return { ...base, ruleId: found.ruleId, ...(found.product ? { product: found.product.slice(0, 200) } : {}) };
  if (found.category !== undefined) return { ...base, category: found.category };
  return { ...base, capability: found.capability! };
}

/** "Hotjar", "Session recording", "what you type": what a promise says is not done. */
export function promiseSubject(p: Pick<PromiseFound, 'ruleId' | 'product' | 'category' | 'capability'>): string {
  if (p.ruleId !== undefined) return p.product ?? p.ruleId;
  if (p.category !== undefined) return englishText(categoryNameKey(p.category));
  return p.capability ? t(capabilityKey(p.capability)) : '';
}

interface ToggleProps {
  ticked: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
}

export function PromiseChoices({
  promises,
  ticked,
  already,
  onToggle,
}: ToggleProps & { promises: readonly PromiseFound[]; already: ReadonlySet<string> }) {
  if (promises.length === 0) return null;
  return (
    <fieldset data-testid="reader-promises">
      <legend>{t('readerPromises', String(promises.length))}</legend>
      <p class="meta">{t('readerPromisesBody')}</p>
      {promises.map((p) => {
        const key = promiseKey(p);
        return (
          <div key={key} class="suggestion" data-testid="reader-promise" data-key={key}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(key)}
                disabled={already.has(key)}
                onChange={(e) => onToggle(key, (e.target as HTMLInputElement).checked)}
              />{' '}
              {t('readerPromiseNot', promiseSubject(p))}
              {already.has(key) && <span class="meta"> — {t('readerAlready')}</span>}
            </label>
            <blockquote class="quote">{p.sentence}</blockquote>
          </div>
        );
      })}
    </fieldset>
  );
}

export function StatementChoices({
  statements,
  ticked,
  onToggle,
}: ToggleProps & { statements: PolicyStatementsFound }) {
  const points = STATEMENT_POINTS.filter((point) => statements[point]);
  if (points.length === 0) return null;
  return (
    <fieldset data-testid="reader-statements">
      <legend>{t('readerStatements')}</legend>
      {points.map((point) => (
        <div key={point} class="suggestion" data-testid="reader-statement" data-key={point}>
          <label>
            <input
              type="checkbox"
              checked={ticked.has(`s:${point}`)}
              onChange={(e) => onToggle(`s:${point}`, (e.target as HTMLInputElement).checked)}
            />{' '}
            {t(`ico_${point}`)}
          </label>
          <blockquote class="quote">{statements[point]}</blockquote>
        </div>
      ))}
    </fieldset>
  );
}

/** Kinds no browser can see (CCTV, biometrics, call recording...), as the policy declares or denies them. */
export const offlineKinds = (kinds: readonly KindFound[]): KindFound[] =>
  kinds.filter((k) => !isBrowserCategory(k.kind));
export const kindKey = (k: Pick<KindFound, 'kind'>): string => `k:${k.kind}`;

export function KindChoices({
  kinds,
  ticked,
  already,
  onToggle,
}: ToggleProps & { kinds: readonly KindFound[]; already: ReadonlySet<string> }) {
  const offline = offlineKinds(kinds);
  if (offline.length === 0) return null;
  return (
    <fieldset data-testid="reader-kinds">
      <legend>{t('readerKinds', String(offline.length))}</legend>
      <p class="meta">{t('readerKindsBody')}</p>
      {offline.map((k) => {
        const key = kindKey(k);
        return (
          <div key={key} class="suggestion" data-testid="reader-kind" data-key={key}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(key)}
                disabled={already.has(key) || k.negated}
                onChange={(e) => onToggle(key, (e.target as HTMLInputElement).checked)}
              />{' '}
              <strong>{t(kindNameKey(k.kind))}</strong>
              {k.frequency && <span class="meta"> — {t(`readerFrequency_${k.frequency}`)}</span>}
              {k.negated && <span class="error"> — {t('readerNegated')}</span>}
              {already.has(key) && <span class="meta"> — {t('readerAlready')}</span>}
            </label>
            <blockquote class="quote">{k.sentence}</blockquote>
          </div>
        );
      })}
    </fieldset>
  );
}
