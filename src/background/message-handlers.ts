// Every message the background answers, in one object (a missing handler is a compile error).
// Evidence commands are taken only from the extension's own pages, never from content scripts.
import browser, { type Runtime } from 'webextension-polyfill';
import { clearEvidence, flushAllPending } from '../shared/evidence-db';
import { handleMessages } from '../shared/messaging';
import { checkInstalled, recordInstalled } from './extensions';

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL('')) && !sender.frameId;
}

handleMessages({
  'flush-evidence': async ({ renewSalts }, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('flush-evidence is only accepted from extension pages');
    return { written: await flushAllPending(Date.now(), renewSalts === true) };
  },
  'clear-evidence': async (_payload, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('clear-evidence is only accepted from extension pages');
    return { removed: await clearEvidence() };
  },
  'check-extensions': async ({ installed }, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('check-extensions is only accepted from extension pages');
    const extensions = await checkInstalled(installed);
    return { granted: extensions !== null, extensions: extensions ?? [] };
  },
  'record-extensions': async ({ installed }, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('record-extensions is only accepted from extension pages');
    return recordInstalled(installed);
  },
});
