// How full Sightline's storage is, whether the browser will keep it, and whether the background could
// write what it saw (shared/write-status.ts). Asks once for persistent storage, so the browser does not
// evict the evidence log when the disk runs low.
import { useEffect, useState } from 'preact/hooks';
import { t, tc } from '../shared/i18n';
import { NEARLY_FULL, writeStatusItem, type WriteStatus } from '../shared/write-status';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function StorageHealth() {
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [status, setStatus] = useState<WriteStatus | null>(null);

  useEffect(() => {
    // persist() may be refused or unsupported (Firefox may prompt); the page then says so, and works on.
    void navigator.storage?.persist?.().then(setPersisted, () => setPersisted(false));
    void navigator.storage?.estimate?.().then(
      (e) => setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0 }),
      () => undefined,
    );
    void writeStatusItem.get().then(setStatus);
    return writeStatusItem.watch(setStatus);
  }, []);

  const share = estimate && estimate.quota > 0 ? estimate.usage / estimate.quota : 0;
  const percent = String(Math.round(share * 100));
  return (
    <section aria-labelledby="storage-h">
      <h2 id="storage-h">{t('storageTitle')}</h2>
      {estimate && (
        <p data-testid="storage-usage">
          {t('storageUsage', megabytes(estimate.usage), megabytes(estimate.quota), percent)}
        </p>
      )}
      {persisted !== null && (
        <p data-testid="storage-persisted">{t(persisted ? 'storagePersisted' : 'storageNotPersisted')}</p>
      )}
      {share > NEARLY_FULL && (
        <p role="alert" class="error" data-testid="storage-nearly-full">
          {t('storageNearlyFull', percent)}
        </p>
      )}
      {status?.problem === 'write-failed' && (
        <p role="alert" class="error" data-testid="storage-write-failed">
          {t('storageWriteFailed', status.detail ?? '', tc('observation', status.waiting ?? 0))}
        </p>
      )}
    </section>
  );
}
