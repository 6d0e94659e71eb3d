// A scan -> the capture-evidence file: per site the findings as the popup shows them (product, category,
// capabilities, why flagged, declared or not), unknown hosts, the platform's features, and what the
// declaration names that was not seen. Validated with the file's schema, then sealed.
import { findingConfidence } from '../core/finding-confidence';
import type { Member } from '../evidence/export/bundle';
import type { Declaration } from '../policy/declaration';
import { describeDeclaration } from '../policy/declaration';
import {
  CAPTURE_FORMAT,
  CAPTURE_VERSION,
  CaptureFile,
  type CaptureFinding,
  type CaptureSiteRecord,
} from './capture-file';
import type { CaptureEngine } from './engine';
import type { CaptureScan, CaptureSite } from './scan';
import type { HarIdentity } from './scan-har';
import { sealCapture } from './seal-capture';

export interface CaptureContext {
  captureId: string;
  createdAt: Date;
  via: 'extension' | 'standalone' | 'cli';
  member?: Member;
  declaration?: Declaration;
}

function siteRecord(site: CaptureSite, engine: CaptureEngine): CaptureSiteRecord {
  const { report } = site;
  const findings = Object.values(report.findings).flatMap((finding): CaptureFinding[] => {
    const rule = engine.catalog.get(finding.ruleId);
    if (!rule) return [];
    const status = report.policy?.statuses[finding.ruleId];
    return [
      {
        ruleId: rule.id,
        product: rule.product,
        vendor: rule.vendor,
        category: rule.category,
        capabilities: [...rule.capabilities],
        identifiesUser: rule.identifies_user,
        confidence: findingConfidence(finding.signals, rule.confidence),
        count: finding.count,
        first: finding.first,
        last: finding.last,
        ...(status === undefined ? {} : { status }),
        signals: finding.signals.map((s) => ({
          kind: s.kind as 'host' | 'vendor_domain' | 'script_src',
          value: s.value,
          evidence: s.evidence,
          count: s.count,
          first: s.first,
          last: s.last,
          completed: s.completed,
          failed: s.failed,
        })),
      },
    ];
  });
  findings.sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  return {
    site: site.site,
    pages: site.pages,
    findings,
    unknownThirdParties: Object.entries(report.unknownThirdParties).map(([host, seen]) => ({
      host,
      count: seen.count,
      first: seen.first,
      last: seen.last,
    })),
    unlistedUnknownRequests: report.unlistedUnknownRequests ?? 0,
    features: site.features.map((f) => {
      const status = report.policy?.features?.[f.id];
      return { id: f.id, platform: f.platform, feature: f.feature, ...(status === undefined ? {} : { status }) };
    }),
    declaredNotSeen: report.policy?.notSeen.map((n) => n.label) ?? [],
  };
}

export function buildCaptureFile(
  scan: CaptureScan,
  har: HarIdentity,
  engine: CaptureEngine,
  context: CaptureContext,
): CaptureFile {
  const { declaration } = context;
  const body = CaptureFile.omit({ seal: true, signature: true }).parse({
    format: CAPTURE_FORMAT,
    version: CAPTURE_VERSION,
    captureId: context.captureId,
    createdAt: context.createdAt.toISOString(),
    tool: { name: 'sightline', version: engine.toolVersion, ruleDbVersion: engine.ruleDbVersion, via: context.via },
    har: {
      sha256: har.sha256,
      bytes: har.bytes,
      creator: scan.creator,
      entries: scan.entries,
      requests: scan.requests,
      ignored: scan.ignored,
      skipped: scan.skipped,
    },
    range: scan.range,
    ...(declaration
      ? {
          declaration: {
            id: declaration.id,
            label: describeDeclaration(declaration),
            ...(declaration.url ? { url: declaration.url } : {}),
          },
        }
      : {}),
    ...(context.member ? { member: context.member } : {}),
    sites: scan.sites.map((site) => siteRecord(site, engine)),
  });
  return sealCapture(body);
}

/** The file as written: pretty JSON, so a rep can read it. */
export function serialiseCapture(file: CaptureFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
