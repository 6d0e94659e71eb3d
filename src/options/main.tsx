// Options page. For now it shows which rule database is installed; settings, the evidence log and
// exports arrive with the live-detection work.
import { render } from 'preact';
import { RULE_DB_VERSION } from '../rules';
import { bundledRuleIndex } from '../rules/bundled';
import { t } from '../shared/i18n';

function Options() {
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p data-testid="rule-count">{t('optionsRuleCount', RULE_DB_VERSION, String(bundledRuleIndex.rules.size))}</p>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
