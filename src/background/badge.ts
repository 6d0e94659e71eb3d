// Toolbar state per tab, unmistakable at a glance and said in words in the title:
//   red eye, "N!"  undeclared monitoring active here (the policy does not name N products seen)
//   amber eye, N   monitoring seen (all declared, or no policy recorded to compare with)
//   grey eye       nothing seen, or not a work site
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { Verdict } from '../shared/verdict';

const COLOURS = { seen: '#b45309', undeclared: '#b91c1c' };
const ICONS = {
  undeclared: { 16: '/icons/icon-alert-16.png', 32: '/icons/icon-alert-32.png' },
  seen: { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' },
  quiet: { 16: '/icons/icon-quiet-16.png', 32: '/icons/icon-quiet-32.png' },
};

/** The tab's verdict (shared/verdict.ts): the popup says the same in words. */
export type TabState = Verdict;

export async function showTabState(tabId: number, verdict: TabState): Promise<void> {
  const { products, undeclared, hasPolicy } = verdict;
  const state = verdict.state === 'none' ? 'quiet' : verdict.state;
  const title =
    state === 'undeclared'
      ? t('badgeTitleUndeclared', String(undeclared), String(products))
      : state === 'seen'
        ? t(hasPolicy ? 'badgeTitleDeclared' : 'badgeTitleSeen', String(products))
        : t('badgeTitleNone');
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: state === 'undeclared' ? `${undeclared}!` : state === 'seen' ? String(products) : '' }),
    browser.action.setIcon({ tabId, path: ICONS[state] }),
    browser.action.setBadgeBackgroundColor({ tabId, color: state === 'undeclared' ? COLOURS.undeclared : COLOURS.seen }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

export async function clearBadge(tabId: number, reason: 'out-of-scope'): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setIcon({ tabId, path: ICONS.quiet }),
    browser.action.setTitle({ tabId, title: reason === 'out-of-scope' ? t('badgeTitleOutOfScope') : t('actionTitle') }),
  ]).catch(() => undefined);
}
