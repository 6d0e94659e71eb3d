// Work scope: the built-in work apps the person chose (work-app-choice.tsx), the sites the person adds (validated, with the reason shown when
// input is not a site), and the opt-in "all sites" switch.
import { useState } from 'preact/hooks';
import { parseDomainInput } from '../scope/work-scope';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { WorkAppChoice } from './work-app-choice';

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
}

export function ScopeEditor({ settings, onSave }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseDomainInput(input);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    setError(null);
    setInput('');
    await onSave({ ...settings, userDomains: [...new Set([...settings.userDomains, parsed.domain])].sort() });
  };
  const remove = (domain: string) =>
    onSave({ ...settings, userDomains: settings.userDomains.filter((d) => d !== domain) });
  return (
    <section aria-labelledby="scope-h">
      <h2 id="scope-h">{t('scopeTitle')}</h2>
      <p>{t('scopeBody')}</p>
      <WorkAppChoice settings={settings} onSave={onSave} />
      <form onSubmit={(e) => void add(e)} noValidate>
        <label for="add-domain">{t('scopeAddLabel')}</label>{' '}
        <input
          id="add-domain"
          data-testid="scope-input"
          value={input}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'add-domain-error' : undefined}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit" data-testid="scope-add">
          {t('scopeAdd')}
        </button>
        {error && (
          <p id="add-domain-error" class="error" role="alert" data-testid="scope-error">
            {error}
          </p>
        )}
      </form>
      {settings.userDomains.length > 0 && (
        <ul data-testid="scope-list">
          {settings.userDomains.map((domain) => (
            <li key={domain}>
              <code>{domain}</code>{' '}
              <button type="button" onClick={() => void remove(domain)} aria-label={t('scopeRemoveLabel', domain)}>
                {t('scopeRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <label>
          <input
            type="checkbox"
            data-testid="scope-all-sites"
            checked={settings.allSites}
            onChange={(e) => void onSave({ ...settings, allSites: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('scopeAllSites')}
        </label>
      </p>
    </section>
  );
}
