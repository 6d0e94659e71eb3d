// What one scanned capture shows: a line about the file, then per page site the popup's sections
// (verdict, policy, findings by category with why each was flagged, declared items not seen, the
// platform's server-side features, other third parties) and what a capture cannot show.
import type { CaptureEngine } from '../capture/engine';
import { captureLimits } from '../capture/limits';
import type { CaptureScan, CaptureSite } from '../capture/scan';
import type { HarIdentity } from '../capture/scan-har';
import { Contradictions } from '../popup/contradictions';
import { FindingsByCategory } from '../popup/findings-by-category';
import { PlatformOffers } from '../popup/platform-offers';
import { DeclaredNotSeen } from '../popup/policy-line';
import { UnknownHosts } from '../popup/unknown-hosts';
import { formatTime } from '../shared/format-time';
import { t, tc } from '../shared/i18n';
import { verdictOf } from '../shared/verdict';

export function CaptureResults({ scan, har, engine }: { scan: CaptureScan; har: HarIdentity; engine: CaptureEngine }) {
  return (
    <>
      <p data-testid="capture-summary">
        {scan.range
          ? t(
              'captureSummary',
              scan.creator ?? t('captureUnknownBrowser'),
              formatTime(scan.range.from),
              formatTime(scan.range.to),
              tc('request', scan.requests),
              tc('site', scan.sites.length),
            )
          : t('captureEmpty')}
      </p>
      {scan.skipped > 0 && (
        <p class="meta" data-testid="capture-skipped">
          {t('captureSkipped', String(scan.skipped), scan.skipReason ?? '')}
        </p>
      )}
      <p class="meta" data-testid="capture-sha256">
        {t('captureHarHash', har.sha256)}
      </p>
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
  const verdict = verdictOf(report);
  const contacts = String(verdict.contactOnlyUndeclared);
  const verdictText =
    verdict.state === 'undeclared'
      ? t(
          'captureVerdictUndeclared',
          site.site,
          String(verdict.undeclared),
          tc('product', verdict.products),
          policy!.label,
        ) + (verdict.contactOnlyUndeclared > 0 ? ` ${t('verdictAlsoContactOnly', contacts)}` : '')
      : verdict.state === 'seen'
        ? policy
          ? verdict.contactOnlyUndeclared > 0
            ? t(
                'captureVerdictContactOnlyUndeclared',
                site.site,
                tc('product', verdict.products),
                contacts,
                policy.label,
              )
            : t('captureVerdictAllDeclared', site.site, tc('product', verdict.products), policy.label)
          : t('captureVerdictSeen', site.site, tc('product', verdict.products))
        : t('captureVerdictNone', site.site);
  return (
    <section
      class="capture-site"
      data-testid={`capture-site-${site.site}`}
      data-site={site.site}
      aria-label={site.site}
    >
      <h2>{site.site}</h2>
      <p class="verdict" role="status" data-testid="verdict" data-state={verdict.state}>
        {verdictText}
      </p>
      <p class="policy" data-testid="policy-line">
        {policy ? t('captureComparedWith', policy.label) : t('captureNoPolicy')}
      </p>
      {policy && <Contradictions policy={policy} />}
      <FindingsByCategory findings={findings} policy={policy} heading="h3" idPrefix={`h-${site.site}-`} />
      {policy && <DeclaredNotSeen policy={policy} />}
      <PlatformOffers features={site.features} policy={policy} />
      <UnknownHosts report={report} />
    </section>
  );
}
