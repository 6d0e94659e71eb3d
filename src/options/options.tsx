// The app page: navigation and sections, each at its own hash (#overview, #evidence, #policy, #reports,
// #rep, #settings), one at a time. An address with no section hash lands on the overview (see dashboard/routes.ts).
import { useEffect, useState } from 'preact/hooks';
import { RULE_DB_VERSION } from '../rules/version';
import { detectedProductCount } from '../rules/bundled-catalog';
import { shows } from '../dashboard/routes';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../shared/settings';
import { AppNav } from './app-nav';
import { Declarations } from './declarations';
import { EmployerExtensions } from './employer-extensions';
import { EvidenceLog } from './evidence-log';
import { Overview } from './overview';
import { RightsLetter } from './rights-letter';
import { IdentityEditor } from './identity-editor';
import { RetentionEditor } from './retention-editor';
import { ScopeEditor } from './scope-editor';
import { StorageHealth } from './storage-health';
import { useRoute } from './use-route';
import { WorkerReportForm } from './worker-report-form';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const { route, container } = useRoute();
  useEffect(() => {
    void settingsItem.get().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  const save = (next: Settings) => settingsItem.set(next);
  return (
    <>
      <header class="app-header">
        <h1>{t('optionsTitle')}</h1>
        <AppNav route={route} />
      </header>
      <main class="app-main" ref={container} data-route={route}>
        {shows(route, 'overview') && <Overview />}
        {shows(route, 'evidence') && (
          <>
            <EvidenceLog />
            <WorkerReportForm />
          </>
        )}
        {shows(route, 'policy') && <Declarations />}
        {shows(route, 'reports') && <Reports />}
        {shows(route, 'rep') && <RepLink />}
        {shows(route, 'settings') && (
          <>
            <ScopeEditor settings={settings ?? DEFAULT_SETTINGS} onSave={save} />
            <RetentionEditor settings={settings ?? DEFAULT_SETTINGS} onSave={save} />
            <IdentityEditor />
            <EmployerExtensions />
            <StorageHealth />
          </>
        )}
        <p class="meta" data-testid="rule-count">
          {t('optionsRuleCount', RULE_DB_VERSION, String(detectedProductCount))}
        </p>
      </main>
    </>
  );
}

function Reports() {
  return (
    <>
      <section aria-labelledby="reports-h">
        <h2 id="reports-h">{t('dashReportsTitle')}</h2>
        <p>
          {t('dashReportsBody')} <a href="#evidence">{t('dashNav_evidence')}</a>
        </p>
      </section>
      <RightsLetter />
    </>
  );
}

function RepLink() {
  return (
    <section aria-labelledby="rep-h">
      <h2 id="rep-h">{t('dashRepTitle')}</h2>
      <p>{t('dashRepBody')}</p>
      <p>
        <a href="../rep/index.html" target="_blank" rel="noopener" data-testid="open-rep-view">
          {t('repOpen')}
        </a>
      </p>
      <p>
        <a href="../capture-page/index.html" target="_blank" rel="noopener" data-testid="open-capture-page">
          {t('captureOpenPage')}
        </a>
      </p>
    </section>
  );
}
