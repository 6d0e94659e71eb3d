import { useEffect, useState } from 'preact/hooks';
import { IDENTIFIER_KINDS, MIN_IDENTIFIER_LENGTH, type IdentifierKind } from '../identity/kinds';
import { t } from '../shared/i18n';
import { DEFAULT_IDENTITY, identityItem, type IdentitySettings } from '../shared/identity-settings';

type Values = Record<IdentifierKind, string>;
const valuesOf = (settings: IdentitySettings): Values =>
  Object.fromEntries(
    IDENTIFIER_KINDS.map((kind) => [kind, settings.identifiers.find((i) => i.kind === kind)?.value ?? '']),
  ) as Values;

/** The worker's own identifiers, for the optional "is who I am sent" check. Off by default. */
export function IdentityEditor() {
  const [enabled, setEnabled] = useState(false);
  const [values, setValues] = useState<Values>(valuesOf(DEFAULT_IDENTITY));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    void identityItem.get().then((stored) => {
      setEnabled(stored.enabled);
      setValues(valuesOf(stored));
    });
  }, []);
  const save = async (event: Event) => {
    event.preventDefault();
    const identifiers = IDENTIFIER_KINDS.flatMap((kind) =>
      values[kind].trim() ? [{ kind, value: values[kind].trim() }] : [],
    );
    const short = identifiers.find((i) => i.value.length < MIN_IDENTIFIER_LENGTH);
    if (short) {
      setMessage({ error: true, text: t('identityTooShort', t(`identityLabel_${short.kind}`)) });
      return;
    }
    await identityItem.set({ version: 1, enabled, identifiers });
    setMessage({ error: false, text: t(enabled && identifiers.length > 0 ? 'identitySaved' : 'identitySavedOff') });
  };
  return (
    <section aria-labelledby="identity-h" data-testid="identity">
      <h2 id="identity-h">{t('identityTitle')}</h2>
      <p>{t('identityBody')}</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <p>
          <label>
            <input
              type="checkbox"
              data-testid="identity-enabled"
              checked={enabled}
              onChange={(e) => setEnabled((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('identityEnable')}
          </label>
        </p>
        {IDENTIFIER_KINDS.map((kind) => (
          <p key={kind}>
            <label for={`identity-${kind}`}>{t(`identityLabel_${kind}`)}</label>{' '}
            <input
              id={`identity-${kind}`}
              data-testid={`identity-${kind}`}
              type={kind === 'email' ? 'email' : 'text'}
              autoComplete="off"
              spellcheck={false}
              value={values[kind]}
              onInput={(e) => setValues({ ...values, [kind]: (e.target as HTMLInputElement).value })}
            />
          </p>
        ))}
        <button type="submit" data-testid="identity-save">
          {t('save')}
        </button>
        {message && (
          <p
            class={message.error ? 'error' : 'ok'}
            role={message.error ? 'alert' : 'status'}
            data-testid="identity-message"
          >
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
