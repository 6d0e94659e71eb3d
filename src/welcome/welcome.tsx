// The first-run page: what Sightline shows and never does, what a browser cannot see, that the employer
// controls the device (export, then wipe), then the person's work sites (the options page's scope
// editor, over the same settings) and their rep's declaration file.
import { useEffect, useState } from 'preact/hooks';
import { ScopeEditor } from '../options/scope-editor';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../shared/settings';
import { ImportDeclaration } from './import-declaration';

export function Welcome() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.get().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p data-testid="welcome-shows">{t('welcomeShows')}</p>
      <section aria-labelledby="welcome-never-h" data-testid="welcome-never">
        <h2 id="welcome-never-h">{t('welcomeNeverTitle')}</h2>
        <ul>
          <li>{t('welcomeNeverBlocks')}</li>
          <li>{t('welcomeNeverSends')}</li>
          <li>{t('welcomeNeverPersonal')}</li>
        </ul>
      </section>
      <section aria-labelledby="welcome-cannot-h" data-testid="welcome-cannot-see">
        <h2 id="welcome-cannot-h">{t('cannotSeeTitle')}</h2>
        <p>{t('cannotSeeBody')}</p>
      </section>
      <section aria-labelledby="welcome-device-h" data-testid="welcome-device">
        <h2 id="welcome-device-h">{t('welcomeDeviceTitle')}</h2>
        <p>{t('welcomeDeviceBody')}</p>
      </section>
      <p class="meta">{t('welcomeSitesIntro')}</p>
      <ScopeEditor settings={settings ?? DEFAULT_SETTINGS} onSave={(next) => settingsItem.set(next)} />
      <ImportDeclaration />
      <section aria-labelledby="welcome-done-h">
        <h2 id="welcome-done-h">{t('welcomeDoneTitle')}</h2>
        <p>
          {t('welcomeDoneBody')}{' '}
          <a href="../options/index.html#settings" data-testid="welcome-open-settings">
            {t('welcomeOpenSettings')}
          </a>
        </p>
      </section>
    </>
  );
}
