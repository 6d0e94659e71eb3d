import { t } from '../shared/i18n';

/** Always shown: "nothing seen" never means "not monitored". */
export function CannotSee() {
  return (
    <details class="limits" data-testid="cannot-see">
      <summary>{t('cannotSeeTitle')}</summary>
      <p>{t('cannotSeeBody')}</p>
    </details>
  );
}
