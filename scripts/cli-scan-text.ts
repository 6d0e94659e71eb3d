// A capture's findings as plain text for the terminal, in the popup's order: verdict, then per category
// each product, what it can capture, whether it is declared, and why it was flagged.
import type { CaptureFile } from '../src/capture/capture-file';
import type { CaptureScan } from '../src/capture/scan';
import { englishText as t } from '../src/core/english-text';
import { capabilityKey, categoryNameKey } from '../src/core/taxonomy';
import { counted } from '../src/core/counted';

const STATUS = { product: 'declared', category: 'declared (category only)', undeclared: 'UNDECLARED' } as const;
const iso = (ms: number) => new Date(ms).toISOString();

export function describeScan(name: string, capture: CaptureFile, scan: CaptureScan): string {
  const lines = [`${name}: HAR sha256 ${capture.har.sha256}`];
  lines.push(
    `  saved by ${capture.har.creator ?? 'an unnamed browser'}; ${capture.range ? `${iso(capture.range.from)} to ${iso(capture.range.to)}` : 'no requests'}; ${counted(t, 'en', 'request', capture.har.requests)}${capture.har.skipped > 0 ? `; ${capture.har.skipped} entries unreadable (${scan.skipReason ?? ''})` : ''}`,
  );
  if (capture.declaration) lines.push(`  compared with ${capture.declaration.label}`);
  else lines.push('  not compared with a policy (use --declaration FILE)');
  for (const site of capture.sites) {
    const undeclared = site.findings.filter((f) => f.status === 'undeclared').length;
    lines.push(
      `  ${site.site} (${site.pages} page${site.pages === 1 ? '' : 's'}): ${site.findings.length} monitoring product${site.findings.length === 1 ? '' : 's'}${capture.declaration ? `, ${undeclared} undeclared` : ''}`,
    );
    for (const f of site.findings) {
      lines.push(
        `    - ${f.product} (${f.vendor}) — ${t(categoryNameKey(f.category))}${f.status ? ` — ${STATUS[f.status]}` : ''}`,
      );
      lines.push(`      can capture: ${f.capabilities.map((c) => t(capabilityKey(c))).join(', ')}`);
      lines.push(
        `      why flagged: ${counted(t, 'en', 'request', f.count)}, rule ${f.ruleId} (${f.confidence} confidence), e.g. ${f.signals.map((s) => `${s.value} ×${s.count}${s.failed > 0 ? ` (${s.failed} failed)` : ''}`).join('; ')}`,
      );
    }
    if (site.declaredNotSeen.length > 0)
      lines.push(`    declared, not seen in this capture: ${site.declaredNotSeen.join(', ')}`);
    if (site.features.length > 0)
      lines.push(
        `    offered on the platform's servers (a capture cannot see whether they are on): ${site.features.map((f) => `${f.platform} ${f.feature}${f.status ? ` (${f.status === 'absent' ? 'not in the policy' : f.status === 'product' ? 'named in the policy' : 'only its kind in the policy'})` : ''}`).join('; ')}`,
      );
    if (site.unknownThirdParties.length > 0)
      lines.push(`    other third parties: ${site.unknownThirdParties.map((h) => h.host).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
