// The built-in work apps as checkboxes: the person ticks the ones they use for work, and only those
// (plus the sites they add) are in scope. Shared by the welcome page and the options page, over the
// same settings; each change is saved at once and the line under the list says what is now in scope.
import { useState } from 'preact/hooks';
import { WORK_APPS } from '../scope/work-apps';
import { t, tc } from '../shared/i18n';
import type { Settings } from '../shared/settings';

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
}

/** What the scope now covers, in words, from the settings alone. */
export function describeChoice(settings: Settings): string {
  if (settings.allSites) return t('workAppsAllSites');
  const apps =
    settings.workApps === undefined
      ? WORK_APPS.length
      : WORK_APPS.filter((a) => settings.workApps!.includes(a.id)).length;
  const sites = settings.userDomains.length;
  if (apps === 0 && sites === 0) return t('workAppsNone');
  return t('workAppsSummary', String(apps), String(WORK_APPS.length), tc('site', sites));
}

export function WorkAppChoice({ settings, onSave }: Props) {
  const [error, setError] = useState<string | null>(null);
  const chosen = new Set(settings.workApps ?? WORK_APPS.map((a) => a.id));
  const save = async (next: Set<string>) => {
    try {
      // Stored in the list's order, so the same choice is always the same settings value.
      await onSave({ ...settings, workApps: WORK_APPS.filter((a) => next.has(a.id)).map((a) => a.id) });
      setError(null);
    } catch (e) {
      setError(t('workAppsSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    void save(next);
  };
  return (
    <fieldset data-testid="work-apps">
      <legend>{t('workAppsLegend')}</legend>
      <p>{t('workAppsHint')}</p>
      <ul class="work-apps">
        {WORK_APPS.map((app) => (
          <li key={app.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`work-app-${app.id}`}
                checked={chosen.has(app.id)}
                aria-describedby={`work-app-${app.id}-domains`}
                onChange={(e) => toggle(app.id, (e.target as HTMLInputElement).checked)}
              />{' '}
              {app.name}
            </label>{' '}
            <span class="meta" id={`work-app-${app.id}-domains`}>
              {app.domains.join(', ')}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          data-testid="work-apps-all"
          onClick={() => void save(new Set(WORK_APPS.map((a) => a.id)))}
        >
          {t('workAppsChooseAll')}
        </button>{' '}
        <button type="button" data-testid="work-apps-none" onClick={() => void save(new Set())}>
          {t('workAppsChooseNone')}
        </button>
      </p>
      <p
        role="status"
        data-testid="work-apps-status"
        class={!settings.allSites && chosen.size === 0 && settings.userDomains.length === 0 ? 'error' : 'ok'}
      >
        {describeChoice(settings)}
      </p>
      {error && (
        <p class="error" role="alert" data-testid="work-apps-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
