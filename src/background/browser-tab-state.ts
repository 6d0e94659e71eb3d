// The tab-state owner (tab-state.ts) wired to this browser: reports in storage.session, the verdict on
// the toolbar badge, evidence in the log (IndexedDB), buffered observations copied to storage.session
// (kept-observations.ts). A failed write is shown on the toolbar (badge.ts) instead of dropping anything;
// a successful one checks how full storage is and applies the retention setting.
import browser from 'webextension-polyfill';
import { recordEvidence } from '../shared/evidence-db';
import { showTabState, showWriteProblem } from './badge';
import { forgetObservations, keepObservation, nextObservationId, readKeptObservations } from './kept-observations';
import { pageLoading } from './page-loads';
import { currentDeclarations, whenDeclarationsChange } from './policy';
import { maybeEnforceRetention } from './retention';
import { storageProblem } from './storage-check';
import { createTabState } from './tab-state';

export const tabState = createTabState({
  area: browser.storage.session,
  declarations: currentDeclarations,
  showVerdict: (tabId, verdict) => void showTabState(tabId, verdict),
  appendEvidence: async (drafts) => void (await recordEvidence(drafts)),
  kept: {
    nextId: nextObservationId,
    keep: keepObservation,
    forget: forgetObservations,
    read: readKeptObservations,
  },
  tabOpen: (tabId) =>
    browser.tabs.get(tabId).then(
      () => true,
      () => false,
    ),
  busy: pageLoading,
  wrote: (outcome) => {
    if (outcome.ok) {
      void storageProblem(Date.now()).then(showWriteProblem);
      void maybeEnforceRetention(Date.now());
      return;
    }
    console.error('Sightline: could not write observations; kept to try again', outcome.error);
    const detail =
      outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : String(outcome.error);
    void showWriteProblem({
      problem: 'write-failed',
      at: Date.now(),
      waiting: outcome.waiting,
      detail: detail.slice(0, 500),
    });
  },
});

whenDeclarationsChange((stored) => {
  void tabState
    .recompare(stored)
    .catch((error: unknown) => console.error('Sightline: could not re-compare tabs with the policy', error));
});
