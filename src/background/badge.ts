// Toolbar state per tab, unmistakable at a glance and said in words in the title:
//   red eye, "N!"  undeclared monitoring active here (the policy does not name N products seen)
//   amber eye, N   monitoring seen (all declared, or no policy recorded to compare with)
//   grey eye       nothing seen, or not a work site
//   "!" first      the log could not be written, or storage is nearly full (on every tab, title says why)
import browser from 'webextension-polyfill';
import { t, tc } from '../shared/i18n';
import { iconFor } from './icon-images';
import type { Verdict } from '../shared/verdict';
import { writeStatusItem, type WriteStatus } from '../shared/write-status';

const COLOURS = { seen: '#b45309', undeclared: '#b91c1c' };
const ICONS = {
  undeclared: { 16: '/icons/icon-alert-16.png', 32: '/icons/icon-alert-32.png' },
  seen: { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' },
  quiet: { 16: '/icons/icon-quiet-16.png', 32: '/icons/icon-quiet-32.png' },
};

// The current writing problem; undefined until the first write after a worker start tells us.
let problem: WriteStatus | null | undefined;
/** What each tab shows, to show it again with or without the "!" when the problem changes. */
const shown = new Map<number, Verdict>();
/**
 * What was last applied to each tab's toolbar button, so only changes are sent: every action call is
 * work for the browser's UI thread while pages load (npm run bench:page measured about ten points of
 * page-load overhead from repeating identical calls). The browser resets a tab's button when the tab
 * navigates, so a navigation forgets what was applied (forgetShown).
 */
const applied = new Map<number, { text: string; icon: keyof typeof ICONS; colour: string; title: string }>();

/** The tab navigated: the browser has reset its button to the defaults (quiet icon, no text). */
export function forgetShown(tabId: number): void {
  shown.delete(tabId);
  applied.delete(tabId);
}

function problemTitle(status: WriteStatus): string {
  return status.problem === 'write-failed'
    ? t('badgeTitleWriteFailed', status.detail ?? '')
    : t('badgeTitleNearlyFull', String(Math.round((status.used ?? 0) * 100)));
}

/**
 * Say on the toolbar (every tab, and the default for new ones) that writing failed or storage is nearly
 * full, or that all is well again (null). Stored for the options page only when it changes.
 */
export async function showWriteProblem(status: WriteStatus | null): Promise<void> {
  const changed = problem === undefined || (problem?.problem ?? null) !== (status?.problem ?? null);
  problem = status;
  if (!changed) return;
  await writeStatusItem.set(status).catch(() => undefined); // storage may be what is full
  await Promise.all([
    browser.action.setBadgeText({ text: status ? '!' : '' }),
    browser.action.setBadgeBackgroundColor({ color: COLOURS.undeclared }),
    browser.action.setTitle({ title: status ? problemTitle(status) : t('actionTitle') }),
    ...[...shown].map(([tabId, verdict]) => showTabState(tabId, verdict)),
  ]).catch(() => undefined);
}

/** Show the tab's verdict (verdictOf in shared/verdict.ts, the popup says the same in words): presentation only. */
export async function showTabState(tabId: number, verdict: Verdict): Promise<void> {
  shown.set(tabId, verdict);
  const { products, undeclared, hasPolicy } = verdict;
  const state: keyof typeof ICONS = verdict.state === 'none' ? 'quiet' : verdict.state;
  const stateTitle =
    state === 'undeclared'
      ? t('badgeTitleUndeclared', String(undeclared), tc('monitoring_product', products))
      : state === 'seen'
        ? t(hasPolicy ? 'badgeTitleDeclared' : 'badgeTitleSeen', tc('monitoring_product', products))
        : t('badgeTitleNone');
  const stateText = state === 'undeclared' ? `${undeclared}!` : state === 'seen' ? String(products) : '';
  const want = {
    text: problem ? `!${stateText}` : stateText,
    icon: state,
    colour: state === 'undeclared' ? COLOURS.undeclared : COLOURS.seen,
    title: problem ? `${problemTitle(problem)}\n${stateTitle}` : stateTitle,
  };
  // After a navigation the button shows the defaults: the quiet icon and no text.
  const had = applied.get(tabId) ?? { text: '', icon: 'quiet' as const, colour: '', title: '' };
  applied.set(tabId, want);
  const calls: Promise<void>[] = [];
  if (want.text !== had.text) calls.push(browser.action.setBadgeText({ tabId, text: want.text }));
  if (want.icon !== had.icon)
    calls.push(
      iconFor(ICONS[want.icon]).then((icon) =>
        browser.action.setIcon({ tabId, ...icon } as Parameters<typeof browser.action.setIcon>[0]),
      ),
    );
  if (want.text !== '' && want.colour !== had.colour)
    calls.push(browser.action.setBadgeBackgroundColor({ tabId, color: want.colour }));
  if (want.title !== had.title) calls.push(browser.action.setTitle({ tabId, title: want.title }));
  await Promise.all(calls).catch(() => forgetShown(tabId)); // the tab may have closed meanwhile
}
