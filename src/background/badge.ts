// Toolbar badge: the number of distinct monitoring products seen on the tab, in amber; nothing when
// none were seen. The title says which state the tab is in, for people who cannot see the colour.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

const MONITORING_COLOUR = '#b45309';

export async function showProductCount(tabId: number, count: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: MONITORING_COLOUR }),
    browser.action.setTitle({ tabId, title: count > 0 ? t('badgeTitleSeen', String(count)) : t('badgeTitleNone') }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

export async function clearBadge(tabId: number, reason: 'out-of-scope'): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: reason === 'out-of-scope' ? t('badgeTitleOutOfScope') : t('actionTitle') }),
  ]).catch(() => undefined);
}
