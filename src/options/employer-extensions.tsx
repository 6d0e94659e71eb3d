// "Extensions your employer installed": asks for the optional `management` permission from the person's
// click (browsers only show the prompt for a user gesture), reads the installed extensions and has the
// background check them, and lets the person add the result to the evidence log or withdraw the
// permission again.
// Nothing is read before the person asks, and a refusal is said plainly.
import { useEffect, useState } from 'preact/hooks';
import browser, { type Permissions } from 'webextension-polyfill';
import type { ExtensionFinding } from '../extensions/check-extensions';
import { parseInstalledExtensions } from '../extensions/installed-extension';
import { sendMessage } from '../shared/browser-messaging';
import { t, tc } from '../shared/i18n';
import { ExtensionCard } from './extension-card';
import { announceLogChanged } from './log-changed';
import { readInstalledExtensions } from './read-installed-extensions';

const MANAGEMENT: Permissions.Permissions = { permissions: ['management'] };

type Message = { error: boolean; text: string } | null;

export function EmployerExtensions() {
  const [granted, setGranted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<ExtensionFinding[] | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    const update = () => void browser.permissions.contains(MANAGEMENT).then(setGranted);
    update();
    browser.permissions.onAdded.addListener(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      browser.permissions.onAdded.removeListener(update);
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);

  const installed = async () => parseInstalledExtensions(await readInstalledExtensions());

  const list = async () => {
    const answer = await sendMessage('check-extensions', { installed: await installed() });
    if (!answer.granted) throw new Error(t('extRefused'));
    setFound(answer.extensions);
  };

  // Called straight from the click: permissions.request must run inside the user gesture.
  const check = () => {
    setMessage(null);
    setBusy(true);
    browser.permissions
      .request(MANAGEMENT)
      .then(async (allowed) => {
        setGranted(allowed);
        if (!allowed) {
          setFound(null);
          setMessage({ error: true, text: t('extRefused') });
          return;
        }
        await list();
      })
      .catch((error: unknown) =>
        setMessage({ error: true, text: t('extError', String((error as Error)?.message ?? error)) }),
      )
      .finally(() => setBusy(false));
  };

  const record = async () => {
    setBusy(true);
    try {
      const answer = await sendMessage('record-extensions', { installed: await installed() });
      if (!answer.granted) throw new Error(t('extRefused'));
      setMessage({ error: false, text: t('extAdded', tc('extension', answer.recorded)) });
      announceLogChanged();
    } catch (error) {
      setMessage({ error: true, text: t('extError', String((error as Error)?.message ?? error)) });
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async () => {
    try {
      const removed = await browser.permissions.remove(MANAGEMENT);
      if (!removed) throw new Error(t('extWithdrawRefused'));
      setGranted(false);
      setFound(null);
      setMessage({ error: false, text: t('extWithdrawn') });
    } catch (error) {
      setMessage({ error: true, text: t('extWithdrawError', String((error as Error)?.message ?? error)) });
    }
  };

  return (
    <section aria-labelledby="extensions-h" aria-busy={busy}>
      <h2 id="extensions-h">{t('extTitle')}</h2>
      <p>{t('extBody')}</p>
      <p class="actions">
        <button type="button" data-testid="extensions-check" disabled={busy} onClick={check}>
          {found ? t('extCheckAgain') : t('extCheck')}
        </button>{' '}
        {found && found.length > 0 && (
          <button type="button" data-testid="extensions-record" disabled={busy} onClick={() => void record()}>
            {t('extAddToLog')}
          </button>
        )}{' '}
        {granted && (
          <button type="button" data-testid="extensions-withdraw" onClick={() => void withdraw()}>
            {t('extWithdraw')}
          </button>
        )}
      </p>
      {message && (
        <p
          class={message.error ? 'error' : 'ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="extensions-status"
        >
          {message.text}
        </p>
      )}
      {found && (
        <>
          <p data-testid="extensions-summary">
            {found.length > 0 ? t('extFoundCount', tc('extension', found.length)) : t('extNoneFound')}
          </p>
          {found.length > 0 && (
            <ul class="extension-list" data-testid="extensions-list">
              {found.map((finding) => (
                <ExtensionCard key={finding.id} finding={finding} />
              ))}
            </ul>
          )}
          <p class="meta">{t('extLimits')}</p>
        </>
      )}
    </section>
  );
}
