// The rep view's tables: the merged rows (also used, marked unverified, for one failed file viewed alone),
// the integrity of each member's export that counts, and the files merged with their digests. Rows,
// members and files that come from a browser capture (capture evidence) say so.
import { isCaptureMemberKey } from '../capture/plan-with-captures';
import type { MergedFile } from '../evidence/merge/plan-merge';
import { signerLabel } from '../evidence/seal/key-changes';
import type { MemberSummary } from '../evidence/merge/member-summary';
import type { MergedRow } from '../evidence/merge/report-from-bundles';
import { categoryNameKey, type CategoryId } from '../core/taxonomy';
import { formatTime } from '../shared/format-time';
import { t } from '../shared/i18n';

export function MergedTable({
  rows,
  caption,
  testId = 'rep-table',
}: {
  rows: readonly MergedRow[];
  caption: string;
  testId?: string;
}) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[
              'colProduct',
              'colCategory',
              'colSite',
              'repColMembers',
              'colCount',
              'colFirst',
              'colLast',
              'repColStatus',
            ].map((k) => (
              <th key={k} scope="col">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.product}\u001f${r.site}`}
              data-testid={testId === 'rep-table' ? 'rep-row' : `${testId}-row`}
              data-product={r.product}
              data-site={r.site}
              data-members={r.members}
              data-count={r.count}
              data-status={r.status}
              data-from-capture={r.fromCapture}
            >
              <td>
                {r.product}
                {r.pageOnly && (
                  <span class="meta" data-testid="rep-page-only">
                    {' '}
                    ({t('repPageOnly')})
                  </span>
                )}
              </td>
              <td>{t(categoryNameKey(r.category as CategoryId))}</td>
              <td>{r.site}</td>
              <td>
                {r.members}
                {r.fromCapture > 0 && (
                  <span class="meta" data-testid="rep-row-from-capture">
                    {' '}
                    ({t('repFromCaptureCount', String(r.fromCapture))})
                  </span>
                )}
              </td>
              <td>{r.count}</td>
              <td>{formatTime(r.first)}</td>
              <td>{formatTime(r.last)}</td>
              <td>{t(`repStatus_${r.status.replace('-', '_')}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function IntegrityTable({ members }: { members: readonly MemberSummary[] }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('repIntegrityTitle')}>
      <table data-testid="rep-integrity">
        <caption>{t('repIntegrityTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('repColMember')}</th>
            <th scope="col">{t('repColRecords')}</th>
            <th scope="col">{t('repColIntegrity')}</th>
            <th scope="col">{t('repColSigner')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr
              key={m.memberKey}
              data-testid="rep-member"
              data-integrity={m.integrity.status}
              data-source={m.source ?? 'log'}
            >
              <td>
                {m.label}
                {m.source === 'capture' && (
                  <span class="meta" data-testid="rep-member-from-capture">
                    {' '}
                    ({t('repFromCapture')})
                  </span>
                )}
              </td>
              <td>{m.records}</td>
              <td class={m.integrity.status === 'broken' ? 'error' : 'ok'}>
                {m.integrity.status === 'intact' ? t('repIntact') : t('repBroken', m.integrity.detail ?? '')}
              </td>
              <td data-testid="rep-signer" data-signer={signerLabel(m.signature)}>
                {signerLabel(m.signature) === 'unsigned' ? t('repUnsigned') : signerLabel(m.signature)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FilesTable({ files }: { files: readonly MergedFile[] }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('repFilesTitle')}>
      <table data-testid="rep-files-merged">
        <caption>{t('repFilesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('repColFile')}</th>
            <th scope="col">{t('repColMember')}</th>
            <th scope="col">{t('repColRecords')}</th>
            <th scope="col">{t('repColSha256')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr
              key={f.sha256}
              data-testid="rep-file-merged"
              data-sha256={f.sha256}
              data-source={isCaptureMemberKey(f.memberKey) ? 'capture' : 'log'}
            >
              <td>
                {f.names.join(', ')}
                {isCaptureMemberKey(f.memberKey) && <span class="meta"> ({t('repFromCapture')})</span>}
              </td>
              <td>{f.member}</td>
              <td>{f.records}</td>
              <td>
                <code>{f.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
