// Optional check (off by default): does a monitoring product get told who the worker is? When the worker
// has turned it on and entered identifiers, requests to rule hosts from in-scope tabs are searched — URL
// and up to 64 KB of body, in memory only — for the identifiers' forms (needles.ts). A hit is recorded as
// "email:sha256" on the product's finding, with the host it was sent to as evidence; the identifier, the
// URL's path and query and the body are never kept (record.ts also scrubs every other evidence string).
// The body listener exists only while the check is on (so it is added once settings are read: the first
// request after the worker wakes can be missed by this check, never by detection itself).
import browser, { type WebRequest } from 'webextension-polyfill';
import { findIdentifiers, needlesFor } from '../identity/needles';
import { matchRequest } from '../rules/match';
import { identityItem, type IdentitySettings } from '../shared/identity-settings';
import { splitUrl } from '../core/url';
import { currentNeedles, setNeedles } from './identity-needles';
import { recordIdentity } from './record';
import { bundledRuleIndex as ruleIndex } from '../rules/bundled';
import { siteInScope } from './scope';
import { requestBelongsTo } from './tab-documents';
import { siteOfTab } from './tab-sites';

const MAX_BODY_BYTES = 64 * 1024;
const RULE_HOSTS = { urls: [...ruleIndex.hosts.keys()].map((domain) => `*://*.${domain}/*`) };
const decoder = new TextDecoder();

/** The request body as text, at most 64 KB: raw bytes decoded as UTF-8, or form fields as key=value. */
export function bodyText(body: WebRequest.OnBeforeRequestDetailsTypeRequestBodyType | undefined): string {
  if (!body) return '';
  if (body.formData)
    return Object.entries(body.formData)
      .map(([key, values]) => `${key}=${Array.isArray(values) ? values.join(',') : String(values)}`)
      .join('&')
      .slice(0, MAX_BODY_BYTES);
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const part of body.raw ?? []) {
    if (!part.bytes || size >= MAX_BODY_BYTES) continue;
    const bytes = new Uint8Array(
      part.bytes as ArrayBuffer,
      0,
      Math.min((part.bytes as ArrayBuffer).byteLength, MAX_BODY_BYTES - size),
    );
    parts.push(bytes);
    size += bytes.byteLength;
  }
  return parts.map((bytes) => decoder.decode(bytes)).join('');
}

function onRequest(details: WebRequest.OnBeforeRequestDetailsType): void {
  const needles = currentNeedles();
  if (details.tabId < 0 || details.type === 'main_frame' || needles.length === 0) return;
  const ruleIds = [...new Set(matchRequest(ruleIndex, { url: details.url, type: 'other' }).map((d) => d.ruleId))];
  if (ruleIds.length === 0) return;
  const labels = findIdentifiers(needles, [details.url, bodyText(details.requestBody)]);
  if (labels.length === 0) return;
  const split = splitUrl(details.url);
  void siteOfTab(details.tabId).then(async (site) => {
    if (site && (await siteInScope(site)) && requestBelongsTo(details.tabId, details, site))
      recordIdentity(
        details.tabId,
        site,
        ruleIds,
        labels,
        split ? `${split.scheme}://${split.host}` : '',
        Math.round(details.timeStamp),
      );
  });
}

function apply(settings: IdentitySettings): void {
  const needles = settings.enabled ? needlesFor(settings.identifiers) : [];
  setNeedles(needles);
  const listening = browser.webRequest.onBeforeRequest.hasListener(onRequest);
  if (needles.length > 0 && !listening)
    browser.webRequest.onBeforeRequest.addListener(onRequest, RULE_HOSTS, ['requestBody']);
  if (needles.length === 0 && listening) browser.webRequest.onBeforeRequest.removeListener(onRequest);
}

void identityItem.get().then(apply);
identityItem.watch(apply);
