import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';

export function RetentionEditor({ settings, onSave }: { settings: Settings; onSave: (s: Settings) => Promise<void> }) {
  const [days, setDays] = useState(String(settings.retentionDays));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => setDays(String(settings.retentionDays)), [settings.retentionDays]);
  const save = async (event: Event) => {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < 1 || value > 3650) {
      setMessage({ error: true, text: t('retentionInvalid') });
      return;
    }
    await onSave({ ...settings, retentionDays: value });
    setMessage({ error: false, text: t('retentionSaved', String(value)) });
  };
  return (
    <section aria-labelledby="retention-h">
      <h2 id="retention-h">{t('retentionTitle')}</h2>
      <form onSubmit={(e) => void save(e)} noValidate>
        <label for="retention-days">{t('retentionLabel')}</label>{' '}
        <input
          id="retention-days"
          data-testid="retention-days"
          inputMode="numeric"
          size={5}
          value={days}
          onInput={(e) => setDays((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">{t('save')}</button>
        {message && (
          <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
