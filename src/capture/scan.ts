// A read capture -> per page site, the same tab report the extension keeps for a tab: each request is
// matched once by the extension's matcher (matchSplitRequest), counted by the extension's folding
// (addDetections, addOutcomes, addUnknownThirdParty), then compared with the declaration by the
// extension's comparison (summarisePolicy). Pure: no browser APIs, nothing kept but what it returns.
import { getDomain } from 'tldts';
import { featuresForSite, type FeatureSummary } from '../rules/feature-summary';
import { matchSplitRequest } from '../rules/match';
import { summarisePolicy } from '../policy/summary';
import type { Declaration } from '../policy/declaration';
import type { Detection } from '../core/model';
import { addDetections, addOutcomes, addUnknownThirdParty, emptyReport, type TabReport } from '../shared/tab-report';
import { redactUrl, type SplitUrl } from '../core/url';
import type { CaptureEngine } from './engine';
import type { ReadCapture } from './read-har';
import { assignSites } from './site-of';

export interface CaptureSite {
  site: string;
  pages: number;
  /** Findings, unknown third parties and (with a declaration) the comparison, as the popup reads them. */
  report: TabReport;
  /** The platform's server-side features for this site: offered, never seen. */
  features: FeatureSummary[];
}

export interface CaptureScan {
  creator: string | null;
  entries: number;
  requests: number;
  ignored: number;
  skipped: number;
  skipReason?: string;
  /** First request's start to last request's end (ms since epoch), or null for an empty capture. */
  range: { from: number; to: number } | null;
  sites: CaptureSite[];
}

function registrable(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Scripts a rule names by path (self-hosted snippets): the browser fetched them, so they count as seen. */
function matchScriptPatterns(engine: CaptureEngine, split: SplitUrl): Detection[] {
  const hostAndPath = `${split.host}${split.path}`.toLowerCase();
  const out: Detection[] = [];
  for (const { rule, pattern, regex } of engine.index.scriptPatterns) {
    if (regex.test(hostAndPath))
      out.push({
        ruleId: rule.id,
        signal: { kind: 'script_src', pattern },
        evidence: redactUrl(split),
        source: 'network',
      });
  }
  return out;
}

export function scanCapture(capture: ReadCapture, engine: CaptureEngine, declaration?: Declaration): CaptureScan {
  const { siteOf, pagesPerSite } = assignSites(capture.pages, capture.requests);
  const reports = new Map<string, TabReport>();
  const domains = new Map<string, string>();
  let from = Infinity;
  let to = -Infinity;
  capture.requests.forEach((request, i) => {
    from = Math.min(from, request.at);
    to = Math.max(to, request.end);
    const site = siteOf[i];
    if (site == null) return;
    let report = reports.get(site);
    if (!report) {
      report = emptyReport(site, request.at);
      reports.set(site, report);
    }
    report.startedAt = Math.min(report.startedAt, request.at);
    const detections = matchSplitRequest(engine.index, request.split);
    if (request.kind === 'script') detections.push(...matchScriptPatterns(engine, request.split));
    if (detections.length > 0) {
      addDetections(report, detections, request.at);
      addOutcomes(
        report,
        detections.filter((d) => d.source === 'network' && d.signal.kind !== 'script_src'),
        request.outcome,
      );
      return;
    }
    let siteDomain = domains.get(site);
    if (siteDomain === undefined) domains.set(site, (siteDomain = registrable(site)));
    if (registrable(request.split.host) !== siteDomain) addUnknownThirdParty(report, request.split.host, request.at);
  });
  for (const site of pagesPerSite.keys()) if (!reports.has(site)) reports.set(site, emptyReport(site, from));
  const sites = [...reports.values()].map((report): CaptureSite => {
    const features = featuresForSite(engine.features, report.site);
    if (declaration) {
      const policy = summarisePolicy(
        report.site,
        Object.keys(report.findings),
        engine.catalog,
        [declaration],
        declaration.id,
        features,
      );
      if (policy) report.policy = policy;
    }
    return { site: report.site, pages: pagesPerSite.get(report.site) ?? 0, report, features };
  });
  sites.sort(
    (a, b) =>
      b.pages - a.pages ||
      Object.keys(b.report.findings).length - Object.keys(a.report.findings).length ||
      a.site.localeCompare(b.site),
  );
  return {
    creator: capture.creator,
    entries: capture.entries,
    requests: capture.requests.length,
    ignored: capture.ignored,
    skipped: capture.skipped,
    ...(capture.skipReason === undefined ? {} : { skipReason: capture.skipReason }),
    range: Number.isFinite(from) ? { from, to } : null,
    sites,
  };
}
