// A verified capture-evidence file -> the summary the rep merge takes for a member's export
// (evidence/merge/member-summary.ts, MemberSummary), so mergedRows and reportModelFromSummaries put a capture
// beside live-log exports. It is marked as coming from a capture (`source`, and in its label), and is
// keyed by the HAR's SHA-256: the same capture loaded twice counts once, and a member's capture never
// replaces that member's live log in selectOnePerMember (which keeps one file per key).
import { declarationText } from '../evidence/log/limits';
import type { MemberSummary, ProductSite } from '../evidence/merge/member-summary';
import type { CaptureFile } from './capture-file';
import type { CaptureVerification } from './seal-capture';

export interface CaptureSummary extends MemberSummary {
  source: 'capture';
  harSha256: string;
}

const DAY_MS = 86_400_000;

export function captureMemberKey(file: CaptureFile): string {
  return `capture:${file.har.sha256}`;
}

export function captureLabel(file: CaptureFile): string {
  const who = file.member ? (file.member.named ? file.member.name : `Member ${file.member.code}`) : 'Anonymous';
  return `${who} (browser capture ${file.har.sha256.slice(0, 12)})`;
}

export function summariseCapture(file: CaptureFile, verification: CaptureVerification): CaptureSummary {
  const at = Date.parse(file.createdAt);
  const productSites: ProductSite[] = [];
  const timeline: MemberSummary['timeline'] = Object.create(null) as MemberSummary['timeline'];
  const unknown: MemberSummary['unknown'] = Object.create(null) as MemberSummary['unknown'];
  for (const site of file.sites) {
    for (const finding of site.findings) {
      const status = finding.status ?? (file.declaration ? 'undeclared' : 'no-policy');
      const day = new Date(Math.floor(finding.last / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
      productSites.push({
        productKey: finding.ruleId,
        product: finding.product,
        vendor: finding.vendor,
        category: finding.category,
        capabilities: finding.capabilities,
        site: site.site,
        count: finding.count,
        // The day of the last observation, as a log's rows count it.
        days: { [day]: finding.count },
        first: finding.first,
        last: finding.last,
        status,
        statusAt: at,
      });
      const bucket = Object.hasOwn(timeline, day) ? timeline[day]! : (timeline[day] = { count: 0, undeclared: 0 });
      bucket.count += finding.count;
      if (status === 'undeclared') bucket.undeclared += finding.count;
    }
    for (const host of site.unknownThirdParties) {
      const seen = Object.hasOwn(unknown, host.host)
        ? unknown[host.host]!
        : (unknown[host.host] = { sites: [], count: 0 });
      if (!seen.sites.includes(site.site)) seen.sites.push(site.site);
      seen.count += host.count;
    }
  }
  return {
    source: 'capture',
    harSha256: file.har.sha256,
    memberKey: captureMemberKey(file),
    label: captureLabel(file),
    exportId: file.captureId,
    headSeq: 0,
    headHash: file.seal.hash,
    records: productSites.length,
    integrity: verification.intact ? { status: 'intact' } : { status: 'broken', detail: verification.reason },
    signature: verification.signature,
    ruleDbVersion: file.tool.ruleDbVersion,
    extensionVersion: `${file.tool.version} (capture, ${file.tool.via})`,
    ...(file.declaration ? { declaration: declarationText(file.declaration.id, file.declaration.label) } : {}),
    // Addresses are kept to the path, as an export at "full" detail keeps them.
    redaction: 'full',
    range: file.range,
    productSites,
    timeline,
    unknown,
    extensions: [],
  };
}

/**
 * Captures counted once each: two capture files of the same HAR (same key, capture:<sha256>) are one
 * capture, whatever order they came in (the first by file digest is kept).
 */
export function uniqueCaptures(summaries: readonly MemberSummary[]): {
  kept: MemberSummary[];
  duplicates: MemberSummary[];
} {
  const byKey = new Map<string, MemberSummary>();
  const duplicates: MemberSummary[] = [];
  const ordered = [...summaries].sort((a, b) =>
    a.memberKey < b.memberKey ? -1 : a.memberKey > b.memberKey ? 1 : (a.headHash ?? '') < (b.headHash ?? '') ? -1 : 1,
  );
  for (const summary of ordered) {
    if (byKey.has(summary.memberKey)) duplicates.push(summary);
    else byKey.set(summary.memberKey, summary);
  }
  return { kept: [...byKey.values()], duplicates };
}
