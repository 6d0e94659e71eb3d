// One monitoring product seen on the tab: what it is, what it can capture in plain words, whether it can
// identify the worker, and why it was flagged (each signal, where it came from, how often, when).
import { useState } from 'preact/hooks';
import type { RuleSummary } from '../rules/catalog';
import { capabilityKey } from '../core/taxonomy';
import type { ComparedStatus } from '../policy/declared-status';
import { t, tc } from '../shared/i18n';
import type { Finding } from '../shared/tab-report';
import { formatTime } from '../shared/format-time';
import { isPageOnly } from '../shared/verdict';
import { findingConfidence, isVendorContactOnly } from '../core/finding-confidence';
import { evidenceHost } from '../dashboard/signal-words';

interface Props {
  finding: Finding;
  rule: RuleSummary;
  /** Compared with the employer's policy: undefined when no policy is recorded. */
  status?: ComparedStatus;
  policyUrl?: string;
}

export function FindingCard({ finding, rule, status, policyUrl }: Props) {
  // The evidence list is built when first opened: most people read the summary, and 50 findings
  // with every signal rendered up front made the popup slow to appear.
  const [open, setOpen] = useState(false);
  return (
    <article class="finding" data-testid={`finding-${rule.id}`} data-status={status ?? 'no-policy'}>
      <h3>
        {rule.product} <span class="vendor">{t('byVendor', rule.vendor)}</span>
      </h3>
      {status && (
        <p class={`status status-${status}`} data-testid="status">
          {t(`status_${status}`)}
          {policyUrl && (
            <>
              {' · '}
              <a href={policyUrl} target="_blank" rel="noopener noreferrer">
                {t('openPolicy')}
              </a>
            </>
          )}
        </p>
      )}
      <p>
        {t('canCapture')} {rule.capabilities.map((c) => t(capabilityKey(c))).join(', ')}.
      </p>
      {(finding.pageLoads ?? 0) > 0 && (
        <p data-testid="page-loads" data-count={finding.pageLoads}>
          {t('seenOnPageLoads', tc('visit', finding.pageLoads!))}
        </p>
      )}
      <p data-testid="identifies">{rule.identifies_user ? t('identifiesYes') : t('identifiesNo')}</p>
      {isVendorContactOnly(finding.signals) && (
        <p class="meta" data-testid="vendor-contact">
          {t(
            'vendorContactFinding',
            rule.product,
            evidenceHost(finding.signals[0]!.evidence, finding.signals[0]!.value),
          )}
        </p>
      )}
      {isPageOnly(finding) && (
        <p class="meta" data-testid="page-only">
          {t('pageOnlyFinding')}
        </p>
      )}
      {finding.identifiedBy && finding.identifiedBy.length > 0 && (
        <p class="identified" data-testid="identified-by">
          <strong>{t('identifiedBy', finding.identifiedBy.map(identityWords).join('; '))}</strong>
        </p>
      )}
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('dashWhyFlaggedCount', tc('observation', finding.count))}</summary>
        {open && <WhyFlagged finding={finding} rule={rule} />}
      </details>
    </article>
  );
}

function WhyFlagged({ finding, rule }: { finding: Finding; rule: RuleSummary }) {
  return (
    <>
      <p class="meta">
        {t('ruleLine', rule.id, t(`confidence_${findingConfidence(finding.signals, rule.confidence)}`))} ·{' '}
        {t('seenRange', formatTime(finding.first), formatTime(finding.last))}
      </p>
      <ul class="signals">
        {finding.signals.map((s) => (
          <li key={`${s.source}:${s.value}`} data-testid="signal">
            <span class={`source source-${s.source}`}>{t(`source_${s.source}`)}</span> <code>{s.value}</code> —{' '}
            {t('signalCount', String(s.count))}
            {s.source === 'network' && s.completed + s.failed > 0
              ? ` (${t('signalOutcome', String(s.completed), String(s.failed))})`
              : ''}
            <br />
            <code class="evidence">{s.evidence}</code>
            <br />
            <span class="meta">{t('seenRange', formatTime(s.first), formatTime(s.last))}</span>
          </li>
        ))}
      </ul>
      {rule.notes && <p class="notes">{rule.notes}</p>}
      {rule.citations.length > 0 && (
        <>
          <p class="meta">{t('captureSources')}</p>
          <ul class="sources" data-testid="citations">
            {rule.citations.map((c) => (
              <li key={c.url}>
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {c.title}
                </a>
                {c.capabilities.length > 0 && ` (${c.capabilities.map((cap) => t(capabilityKey(cap))).join(', ')})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** "email:sha256" -> "your email address (SHA-256 hash)". */
function identityWords(label: string): string {
  const [kind, form] = label.split(':');
  return `${t(`idKind_${kind}`)} (${t(`idForm_${form}`)})`;
}
