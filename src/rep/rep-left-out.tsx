// Files kept out of every merged figure, each with its reason and first broken entry; the rep may open
// one that could be read to look at it alone, under a banner saying it is unverified and not merged.
import { useState } from 'preact/hooks';
import type { Conflict, LeftOutFile, PlannedFile } from '../evidence/merge/plan-merge';
import { mergedRows } from '../evidence/merge/report-from-bundles';
import { t } from '../shared/i18n';
import { MergedTable } from './rep-tables';

export function LeftOut({
  files,
  copies,
  conflicts,
}: {
  files: readonly LeftOutFile[];
  copies: readonly PlannedFile[];
  conflicts: readonly Conflict[];
}) {
  const [open, setOpen] = useState<LeftOutFile | null>(null);
  return (
    <>
      {files.length > 0 && (
        <ul class="error" data-testid="rep-left-out">
          {files.map((f) => (
            <li key={f.sha256 ?? f.names[0]} data-testid="rep-left-out-file" data-name={f.names.join(', ')}>
              {t('repFailed', f.names.join(', '), f.reason)}
              {f.firstBroken &&
                ` (${t('repFirstBroken', String(f.firstBroken.index + 1), String(f.firstBroken.seq))})`}{' '}
              {f.unverified && (
                <button type="button" data-testid="rep-view-alone" onClick={() => setOpen(f)}>
                  {t('repViewAlone')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {copies.length > 0 && (
        <ul data-testid="rep-copies">
          {copies.map((c) => (
            <li key={c.sha256}>{t('repCopies', c.names.join(', '))}</li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <ul class="error" data-testid="rep-conflicts">
          {conflicts.map((c) => (
            <li key={c.exportId}>
              {t(
                'repConflict',
                c.exportId,
                c.files
                  .map((f) => `${f.names.join(', ')} (${f.verified ? t('repVerifies') : t('repFailsCheck')})`)
                  .join('; '),
                c.resolution,
              )}
            </li>
          ))}
        </ul>
      )}
      {open?.unverified && (
        <section class="unverified" data-testid="rep-unverified" aria-labelledby="rep-unverified-title">
          <h2 id="rep-unverified-title" class="error">
            {t('repUnverifiedTitle', open.names.join(', '))}
          </h2>
          <p class="error">{t('repUnverifiedBody', open.reason)}</p>
          <MergedTable
            rows={mergedRows([open.unverified])}
            caption={t('repUnverifiedCaption')}
            testId="rep-unverified-table"
          />
          <button type="button" onClick={() => setOpen(null)}>
            {t('repCloseUnverified')}
          </button>
        </section>
      )}
    </>
  );
}
