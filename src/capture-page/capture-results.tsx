// What one scanned capture shows: a line about the file, then per page site the popup's sections
// (verdict, policy, findings by category with why each was flagged, declared items not seen, the
// platform's server-side features, other third parties) and what a capture cannot show.
import type { CaptureEngine } from '../capture/engine';
import { captureLimits } from '../capture/limits';
import type { CaptureScan, CaptureSite } from '../capture/scan';
import type { HarIdentity } from '../capture/scan-har';
import { Contradictions } from '../popup/contradictions';
import { FindingCard } from '../popup/finding-card';
import { PlatformOffers } from '../popup/platform-offers';
import { DeclaredNotSeen } from '../popup/policy-line';
import { UnknownHosts } from '../popup/unknown-hosts';
import { CATEGORY_IDS, categoryNameKey, categoryPlainKey } from '../rules/taxonomy';
import { formatTime } from '../shared/format-time';
import { t, tc } from '../shared/i18n';
import { verdictOf } from '../shared/verdict';

export function CaptureResults({ scan, har, engine }: { scan: CaptureScan; har: HarIdentity; engine: CaptureEngine }) {
  return (
    <>
      <p data-testid="capture-summary">
        {scan.range
          ? t('captureSummary', scan.creator ?? t('captureUnknownBrowser'), formatTime(scan.range.from), formatTime(scan.range.to), tc('request', scan.requests), tc('site', scan.sites.length))
          : t('captureEmpty')}
      </p>
      {scan.skipped > 0 && <p class="meta" data-testid="capture-skipped">{t('captureSkipped', String(scan.skipped), scan.skipReason ?? '')}</p>}
      <p class="meta" data-testid="capture-sha256">{t('captureHarHash', har.sha256)}</p>
      {scan.sites.map((site) => (
        <SiteResults key={site.site} site={site} engine={engine} />
      ))}
      <details class="limits" open data-testid="capture-limits">
        <summary>{t('captureLimitsTitle')}</summary>
        <ul>
          {captureLimits(t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

function SiteResults({ site, engine }: { site: CaptureSite; engine: CaptureEngine }) {
  const { report } = site;
  const policy = report.policy;
  const findings = Object.values(report.findings).flatMap((finding) => {
    const rule = engine.catalog.get(finding.ruleId);
    return rule ? [{ finding, rule }] : [];
  });
  const rank = (id: string) => (policy?.statuses[id] === 'undeclared' ? 0 : 1);
  const categories = CATEGORY_IDS.filter((c) => findings.some((f) => f.rule.category === c));
  const verdict = verdictOf(report);
  const verdictText =
    verdict.state === 'undeclared'
      ? t('captureVerdictUndeclared', site.site, String(verdict.undeclared), tc('product', verdict.products), policy!.label)
      : verdict.state === 'seen'
        ? policy
          ? t('captureVerdictAllDeclared', site.site, tc('product', verdict.products), policy.label)
          : t('captureVerdictSeen', site.site, tc('product', verdict.products))
        : t('captureVerdictNone', site.site);
  return (
    <section class="capture-site" data-testid={`capture-site-${site.site}`} data-site={site.site} aria-label={site.site}>
      <h2>{site.site}</h2>
      <p class="verdict" role="status" data-testid="verdict" data-state={verdict.state}>
        {verdictText}
      </p>
      <p class="policy" data-testid="policy-line">{policy ? t('captureComparedWith', policy.label) : t('captureNoPolicy')}</p>
      {policy && <Contradictions policy={policy} />}
      {categories.map((category) => (
        <section key={category} data-testid={`category-${category}`}>
          <h3>{t(categoryNameKey(category))}</h3>
          <p class="category-plain">{t(categoryPlainKey(category))}</p>
          {findings
            .filter((f) => f.rule.category === category)
            .sort((a, b) => rank(a.rule.id) - rank(b.rule.id) || b.finding.count - a.finding.count)
            .map(({ finding, rule }) => (
              <FindingCard key={rule.id} finding={finding} rule={rule} status={policy?.statuses[rule.id]} policyUrl={policy?.url} />
            ))}
        </section>
      ))}
      {policy && <DeclaredNotSeen policy={policy} />}
      <PlatformOffers features={site.features} policy={policy} />
      <UnknownHosts report={report} />
    </section>
  );
}
