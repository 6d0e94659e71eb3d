// Firefox only: is the work app's traffic decrypted on its way? For each top-level HTTPS load, the
// certificate chain Firefox used (webRequest.getSecurityInfo) is classified (src/tls/classify.ts) and,
// for an in-scope site, stored on the tab report. Chromium has no getSecurityInfo, so nothing is
// registered there and the popup says the check is not available.
//
// Firefox answers getSecurityInfo only inside an onHeadersReceived listener registered with "blocking"
// (hence the Firefox-only webRequestBlocking permission). The listener never blocks, delays or changes
// anything: it asks for the chain, returns undefined at once (Firefox then lets the response go on
// unchanged) and does the rest after.
import browser, { type WebRequest } from 'webextension-polyfill';
import { bundledIssuerIndex } from '../tls/bundled-issuers';
import { chainFromSecurityInfo, classifyChain } from '../tls/classify';
import type { TlsCheck } from '../shared/tab-report';
import { splitUrl } from '../core/url';
import { tabState } from './browser-tab-state';
import { siteInScope } from './scope';

async function checkTls(
  details: WebRequest.OnHeadersReceivedDetailsType,
  reading: Promise<[unknown, unknown]>,
): Promise<void> {
  const site = splitUrl(details.url)?.host;
  // Read for every top-level HTTPS load (it must be asked for before the listener returns), but kept
  // only for work sites: for any other site the answer is dropped here, never stored.
  const [[withChain, serverOnly], inScope] = await Promise.all([reading, siteInScope(site)]);
  if (!site || !inScope) return;
  const chain = chainFromSecurityInfo(withChain, serverOnly);
  const verdict = chain && classifyChain(bundledIssuerIndex, chain);
  if (!verdict) return;
  const at = Math.round(details.timeStamp);
  const check: TlsCheck = { ...verdict, at };
  await tabState.setTls(details.tabId, site, check);
}

const canReadCertificates =
  typeof (browser.webRequest as Partial<WebRequest.Static> | undefined)?.getSecurityInfo === 'function';

if (canReadCertificates) {
  browser.webRequest.onHeadersReceived.addListener(
    (details) => {
      if (details.tabId < 0) return undefined;
      // Both asked for now, while the listener runs: the verified chain, and the site's own certificate
      // for when there is none (an overridden warning; see chainFromSecurityInfo). No answer (the
      // request went away) is no verdict, not an error.
      const ask = (certificateChain: boolean) =>
        browser.webRequest.getSecurityInfo(details.requestId, { certificateChain }).catch(() => undefined);
      const reading = Promise.all([ask(true), ask(false)]);
      checkTls(details, reading).catch((error: unknown) =>
        console.error('Sightline: could not check the connection for TLS interception', error),
      );
      return undefined;
    },
    { urls: ['https://*/*'], types: ['main_frame'] },
    ['blocking'],
  );
}
