import type { RuleSummary } from '../rules/catalog';
import { featuresForSite, type FeatureSummary } from '../rules/feature-summary';
import { isInScope } from '../scope/work-scope';
import { t, tc } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import type { PolicyComparison, TabReport } from '../shared/tab-report';
import { verdictOf, type Verdict } from '../shared/verdict';
import { CannotSee } from './cannot-see';
import { OutOfScope } from './out-of-scope';
import { UnknownHosts } from './unknown-hosts';
import { Contradictions } from './contradictions';
import { FindingsByCategory } from './findings-by-category';
import { DeclaredNotSeen, PolicyLine } from './policy-line';
import { PlatformOffers } from './platform-offers';
import { ReadThisTab } from './read-this-tab';
import { SiteAccessSection } from './site-access';
import { isDecrypted, tlsState, TlsLine } from './tls-line';

interface Props {
  report: TabReport | null;
  site: string | undefined;
  settings: Settings;
  rules: ReadonlyMap<string, RuleSummary>;
  features: readonly FeatureSummary[];
  /** Whether this browser lets Sightline read a page's certificate chain (Firefox). */
  tlsCheckAvailable: boolean;
}

export function Popup({ report, site, settings, rules, features, tlsCheckAvailable }: Props) {
  if (!site || !isInScope(site, settings)) {
    return (
      <Shell>
        <OutOfScope site={site} settings={settings} />
        <CannotSee />
      </Shell>
    );
  }
  const findings = Object.values(report?.findings ?? {}).flatMap((finding) => {
    const rule = rules.get(finding.ruleId);
    return rule ? [{ finding, rule }] : [];
  });
  // The verdict counts exactly the findings shown as cards (a finding whose rule this version no longer
  // knows has no card, so it is not counted either): the count and the cards agree at every moment.
  const shown = report && {
    ...report,
    findings: Object.fromEntries(findings.map(({ finding }) => [finding.ruleId, finding])),
  };
  const policy = report?.policy;
  const decrypted = isDecrypted(tlsState(report?.tls, tlsCheckAvailable));
  const tls = <TlsLine check={report?.tls} available={tlsCheckAvailable} />;
  return (
    <Shell>
      <VerdictLine site={site} verdict={verdictOf(shown)} policy={policy} />
      {decrypted && tls}
      {policy && <Contradictions policy={policy} />}
      <PolicyLine policy={policy} />
      <FindingsByCategory findings={findings} policy={policy} />
      {policy && <DeclaredNotSeen policy={policy} />}
      {report && <SiteAccessSection report={report} rules={rules} />}
      <PlatformOffers features={featuresForSite(features, site)} policy={policy} />
      {report && <UnknownHosts report={report} />}
      {!decrypted && tls}
      <CannotSee />
    </Shell>
  );
}

/** The same verdict as the toolbar badge, in words. */
function VerdictLine({
  site,
  verdict,
  policy,
}: {
  site: string;
  verdict: Verdict;
  policy: PolicyComparison | undefined;
}) {
  const { state, products, undeclared, pageOnlyUndeclared, contactOnlyUndeclared } = verdict;
  const text =
    state === 'undeclared'
      ? t('verdictUndeclared', String(undeclared), tc('product', products), policy!.label)
      : state === 'seen'
        ? policy
          ? pageOnlyUndeclared > 0
            ? t('verdictPageOnlyUndeclared', tc('product', products), String(pageOnlyUndeclared), policy.label)
            : contactOnlyUndeclared > 0
              ? t('verdictContactOnlyUndeclared', tc('product', products), String(contactOnlyUndeclared), policy.label)
              : t('verdictAllDeclared', tc('product', products), policy.label)
          : t('verdictSeen', tc('product', products), site)
        : t('verdictNone', site);
  // Said apart, never counted into the red verdict: the page could have invented them.
  const alsoPageOnly =
    state === 'undeclared' && pageOnlyUndeclared > 0 ? ` ${t('verdictAlsoPageOnly', String(pageOnlyUndeclared))}` : '';
  // Contacts with a vendor's domain are said apart too, unless the sentence above already counted them.
  const contactsSaid = state === 'seen' && policy && pageOnlyUndeclared === 0;
  const alsoContactOnly =
    contactOnlyUndeclared > 0 && !contactsSaid ? ` ${t('verdictAlsoContactOnly', String(contactOnlyUndeclared))}` : '';
  return (
    <p class="verdict" role="status" data-testid="verdict" data-state={state}>
      {text}
      {alsoPageOnly}
      {alsoContactOnly}
    </p>
  );
}

function Shell({ children }: { children: preact.ComponentChildren }) {
  return (
    <>
      <header>
        <h1>{t('extShortName')}</h1>
        <a href="../options/index.html#evidence" target="_blank" rel="noopener">
          {t('popupOpenLog')}
        </a>
      </header>
      {children}
      <footer>
        <ReadThisTab />
      </footer>
    </>
  );
}
