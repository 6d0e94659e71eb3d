// "This tab is my employer's policy": read the open page's text (via the content script, only now, only
// because the person asked), keep it for this browser session, and open the options page to suggest
// declared items from it. Works on intranet pages behind a login, since it reads what the person sees.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

export const POLICY_DRAFT_KEY = 'policy-draft';

export function ReadThisTab() {
  const [error, setError] = useState<string | null>(null);
  const read = async () => {
    setError(null);
    const requested = Number(new URLSearchParams(location.search).get('tab'));
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    const tabId = Number.isInteger(requested) && requested > 0 ? requested : active?.id;
    if (tabId === undefined) return;
    try {
      // Loaded on demand: the message contract validates with full zod, which the popup need not load to open.
      const { sendToTab } = await import('../shared/messaging');
      const page = await sendToTab(tabId, 'extract-policy-text', {});
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
