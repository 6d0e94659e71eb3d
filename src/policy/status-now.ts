// Declared or undeclared, decided when an output is made, against the declaration that applies to the
// site now: the log keeps what was known when it recorded (a finding seen before the policy was
// imported says "no policy"), but a letter or report written today must compare with today's policy.
import type { RuleSummary } from '../rules/catalog';
import { declarationForSite, statusOf } from './compare';
import { comparedStatus, type DeclaredStatus } from './declared-status';
import type { Declaration } from './declaration';
import { describeDeclaration } from './declaration';

export interface PolicyNow {
  /** The status of one product on one site. */
  statusOf(site: string, ruleId: string): DeclaredStatus;
  /** The label of the declaration that applies to the site, if any. */
  labelFor(site: string): string | undefined;
  /** The declaration that applies to the site, if any. */
  declarationFor(site: string): Declaration | undefined;
}

export function policyNow(
  catalog: ReadonlyMap<string, RuleSummary>,
  declarations: readonly Declaration[],
  activeId: string | undefined,
): PolicyNow {
  return {
    statusOf(site, ruleId) {
      const declaration = declarationForSite(site, declarations, activeId);
      const rule = catalog.get(ruleId);
      if (!declaration) return 'no-policy';
      if (!rule) return 'undeclared';
      return comparedStatus(statusOf(rule, declaration));
    },
    declarationFor(site) {
      return declarationForSite(site, declarations, activeId) ?? undefined;
    },
    labelFor(site) {
      const declaration = declarationForSite(site, declarations, activeId);
      return declaration ? describeDeclaration(declaration) : undefined;
    },
  };
}

const RANK: Record<DeclaredStatus, number> = { undeclared: 3, category: 2, product: 1, 'no-policy': 0 };

/** A product seen on several sites is as undeclared as its least declared site. */
export function leastDeclared(statuses: readonly DeclaredStatus[]): DeclaredStatus {
  return statuses.reduce<DeclaredStatus>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'no-policy');
}
