// Toolbar state per tab: the amber eye with the number of distinct monitoring products seen, or the grey
// eye with no number when none were seen (or the site is not a work site). The title says the state in
// words, for people who cannot see the colour.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

const MONITORING_COLOUR = '#b45309';
const ICONS = {
  seen: { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' },
  quiet: { 16: '/icons/icon-quiet-16.png', 32: '/icons/icon-quiet-32.png' },
};

export async function showProductCount(tabId: number, count: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
    browser.action.setIcon({ tabId, path: count > 0 ? ICONS.seen : ICONS.quiet }),
    browser.action.setBadgeBackgroundColor({ tabId, color: MONITORING_COLOUR }),
    browser.action.setTitle({ tabId, title: count > 0 ? t('badgeTitleSeen', String(count)) : t('badgeTitleNone') }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

export async function clearBadge(tabId: number, reason: 'out-of-scope'): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setIcon({ tabId, path: ICONS.quiet }),
    browser.action.setTitle({ tabId, title: reason === 'out-of-scope' ? t('badgeTitleOutOfScope') : t('actionTitle') }),
  ]).catch(() => undefined);
}
