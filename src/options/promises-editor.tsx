// The declaration's promises (what the policy says is not done) and its policy-wide retention, access and
// rights sentences, as the person reviews and edits them before saving. Promises come from the policy
// reader with the policy's own words; they can be removed here, not rewritten.
import type { PolicyPromise, PolicyStatements } from '../policy/declaration';
import { t } from '../shared/i18n';
import { promiseSubject, STATEMENT_POINTS } from './reader-choices';

export function PromisesEditor({
  promises,
  onChange,
}: {
  promises: readonly PolicyPromise[];
  onChange: (next: PolicyPromise[]) => void;
}) {
  if (promises.length === 0) return null;
  return (
    <section data-testid="declaration-promises">
      <h4>{t('promisesTitle', String(promises.length))}</h4>
      <ul>
        {promises.map((p) => (
          <li key={p.id} data-testid="declaration-promise">
            {t('readerPromiseNot', promiseSubject(p))} <q>{p.quote}</q>{' '}
            <button type="button" onClick={() => onChange(promises.filter((other) => other.id !== p.id))}>
              {t('promiseRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StatementsEditor({
  statements,
  onChange,
}: {
  statements: PolicyStatements;
  onChange: (next: PolicyStatements) => void;
}) {
  return (
    <fieldset data-testid="declaration-statements">
      <legend>{t('readerStatements')}</legend>
      {STATEMENT_POINTS.map((point) => (
        <label key={point}>
          {t(`ico_${point}`)}
          <textarea
            rows={2}
            maxLength={600}
            value={statements[point] ?? ''}
            data-testid={`statement-${point}`}
            onInput={(e) => onChange({ ...statements, [point]: (e.target as HTMLTextAreaElement).value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
