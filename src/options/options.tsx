import { useEffect, useState } from 'preact/hooks';
import { RULE_DB_VERSION } from '../rules/version';
import { ruleCatalog } from '../rules/bundled-catalog';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../shared/settings';
import { Declarations } from './declarations';
import { EmployerExtensions } from './employer-extensions';
import { EvidenceLog } from './evidence-log';
import { RightsLetter } from './rights-letter';
import { IdentityEditor } from './identity-editor';
import { RetentionEditor } from './retention-editor';
import { ScopeEditor } from './scope-editor';
import { StorageHealth } from './storage-health';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.get().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  const save = (next: Settings) => settingsItem.set(next);
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p data-testid="rule-count">{t('optionsRuleCount', RULE_DB_VERSION, String(ruleCatalog.size))}</p>
      <Declarations />
      <ScopeEditor settings={settings ?? DEFAULT_SETTINGS} onSave={save} />
      <RetentionEditor settings={settings ?? DEFAULT_SETTINGS} onSave={save} />
      <IdentityEditor />
      <EmployerExtensions />
      <EvidenceLog />
      <StorageHealth />
      <RightsLetter />
      <p>
        <a href="../rep/index.html" target="_blank" rel="noopener" data-testid="open-rep-view">{t('repOpen')}</a>
      </p>
      <p>
        <a href="../capture-page/index.html" target="_blank" rel="noopener" data-testid="open-capture-page">{t('captureOpenPage')}</a>
      </p>
    </>
  );
}
