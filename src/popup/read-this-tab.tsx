// "This tab is my employer's policy": read the open page's text (injected into the extension's isolated
// world of that tab, only now, only because the person asked), keep it for this browser session, and open the options page to suggest
// declared items from it. Works on intranet pages behind a login, since it reads what the person sees.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { readPolicyText } from '../content/read-policy-text';
import { t } from '../shared/i18n';
import { POLICY_DRAFT_KEY, PolicyPage } from '../shared/policy-page';
import { POLICY_TEXT_LIMITS } from '../core/page-limits';

export function ReadThisTab() {
  const [error, setError] = useState<string | null>(null);
  const read = async () => {
    setError(null);
    const requested = Number(new URLSearchParams(location.search).get('tab'));
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    const tabId = Number.isInteger(requested) && requested > 0 ? requested : active?.id;
    if (tabId === undefined) return;
    try {
      const [injected] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: readPolicyText,
        args: [POLICY_TEXT_LIMITS],
      });
      const page = PolicyPage.parse(injected?.result);
      if (page.text.trim().length < 20) throw new Error('empty');
      await browser.storage.session.set({ [POLICY_DRAFT_KEY]: page });
      await browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#read-policy') });
    } catch {
      setError(t('readTabFailed'));
    }
  };
  return (
    <>
      <button type="button" class="link-button" data-testid="read-this-tab" onClick={() => void read()}>
        {t('readThisTab')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
