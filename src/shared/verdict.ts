// The one verdict on a tab, for the toolbar badge and the popup alike: how many products were seen, how
// many of them the applicable policy does not name, and how sure that is. A finding resting only on what
// the page itself reported (its globals, script list or timing list) could be invented by the page, so
// it never turns the verdict red on its own: it is counted apart, and said as such. So is a finding resting
// only on vendor-domain contacts (another host of the vendor's own domain, such as its marketing site):
// the vendor was reached, which does not show that its monitoring ran.
import { isVendorContactOnly } from '../core/finding-confidence';
import type { Finding, TabReport } from './tab-report';

export interface Verdict {
  state: 'undeclared' | 'seen' | 'none';
  products: number;
  /** Undeclared products with at least one signal the browser observed itself. */
  undeclared: number;
  /** Undeclared products known only from what the page reported. */
  pageOnlyUndeclared: number;
  /** Undeclared products known only from contacts with their vendor's own domain (and seen on the network). */
  contactOnlyUndeclared: number;
  hasPolicy: boolean;
}

/** What the page itself said (its globals, script list or timing list), as opposed to what the browser saw. */
export const isPageSource = (source: string): boolean => source === 'page' || source === 'page_timing';

export function isPageOnly(finding: Finding): boolean {
  return finding.signals.length > 0 && finding.signals.every((signal) => isPageSource(signal.source));
}

export function verdictOf(report: TabReport | null): Verdict {
  const findings = report ? Object.values(report.findings) : [];
  const statuses = report?.policy?.statuses;
  let undeclared = 0;
  let pageOnlyUndeclared = 0;
  let contactOnlyUndeclared = 0;
  for (const finding of findings) {
    if (!statuses || !Object.hasOwn(statuses, finding.ruleId) || statuses[finding.ruleId] !== 'undeclared') continue;
    if (isPageOnly(finding)) pageOnlyUndeclared++;
    else if (isVendorContactOnly(finding.signals)) contactOnlyUndeclared++;
    else undeclared++;
  }
  const state = undeclared > 0 ? 'undeclared' : findings.length > 0 ? 'seen' : 'none';
  return {
    state,
    products: findings.length,
    undeclared,
    pageOnlyUndeclared,
    contactOnlyUndeclared,
    hasPolicy: !!report?.policy,
  };
}
