// The employer's declared policy, as the background uses it: cached from storage.local (reloaded on
// change), compared with each tab's findings when the tab report is written, and re-compared for every
// open tab when the person edits, imports or switches declarations.
import browser from 'webextension-polyfill';
import { platformFeatures } from '../rules/bundled-features';
import { summariseRule, type RuleSummary } from '../rules/catalog';
import { featuresForSite } from '../rules/feature-summary';
import { summarisePolicy } from '../policy/summary';
import { declarationsItem, type StoredDeclarations } from '../shared/declarations-store';
import type { PolicyComparison, TabReport } from '../shared/tab-report';
import { updateTabReport } from '../shared/tab-reports-store';
import { isPageOnly, verdictOf } from '../shared/verdict';
import { showTabState, type TabState } from './badge';
import { bundledRuleIndex as ruleIndex } from '../rules/bundled';

export const ruleCatalog: ReadonlyMap<string, RuleSummary> = new Map(
  [...ruleIndex.rules].map(([id, rule]) => [id, summariseRule(rule)]),
);

let current: Promise<StoredDeclarations> = declarationsItem.get();

export function currentDeclarations(): Promise<StoredDeclarations> {
  return current;
}

export function comparePolicyFor(report: TabReport, stored: StoredDeclarations): PolicyComparison | undefined {
  const pageOnly = new Set(
    Object.values(report.findings)
      .filter(isPageOnly)
      .map((f) => f.ruleId),
  );
  return summarisePolicy(
    report.site,
    Object.keys(report.findings),
    ruleCatalog,
    stored.declarations,
    stored.activeId,
    featuresForSite(platformFeatures, report.site),
    pageOnly,
  );
}

/** The badge shows the same verdict as the popup (shared/verdict.ts). */
export function tabState(report: TabReport | null): TabState {
  return verdictOf(report);
}

declarationsItem.watch((stored) => {
  current = Promise.resolve(stored);
  void recompareOpenTabs(stored).catch((error: unknown) =>
    console.error('Sightline: could not re-compare tabs with the policy', error),
  );
});

async function recompareOpenTabs(stored: StoredDeclarations): Promise<void> {
  const all = await browser.storage.session.get(null);
  for (const key of Object.keys(all)) {
    const tabId = Number(/^tab:(\d+)$/.exec(key)?.[1]);
    if (!Number.isInteger(tabId)) continue;
    let shown: TabReport | null = null;
    await updateTabReport(tabId, (report) => {
      if (report) report.policy = comparePolicyFor(report, stored);
      shown = report;
      return report;
    });
    const report = shown as TabReport | null;
    if (report) await showTabState(tabId, tabState(report));
  }
}
