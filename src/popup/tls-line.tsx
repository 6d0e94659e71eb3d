// The TLS interception check for this tab. Firefox lets Sightline read the certificate chain of the
// page's connection (src/background/tls-interception.ts); Chromium does not, and the line says so.
// Traffic that is decrypted on its way leads the popup; the calm states sit with the other limits.
import { t } from '../shared/i18n';
import type { TlsCheck } from '../shared/tab-report';

export type TlsState = 'product' | 'private_root' | 'ordinary' | 'unchecked' | 'unavailable';

export function tlsState(check: TlsCheck | undefined, available: boolean): TlsState {
  return !available ? 'unavailable' : (check?.verdict ?? 'unchecked');
}

export function isDecrypted(state: TlsState): boolean {
  return state === 'product' || state === 'private_root';
}

function sentence(state: TlsState, check: TlsCheck | undefined): string {
  switch (state) {
    case 'product':
      return t('tlsProduct', check?.product ?? '', check?.vendor ?? '', check?.authority ?? '');
    case 'private_root':
      return t('tlsPrivateRoot', check?.authority ?? '');
    case 'ordinary':
      return t('tlsOrdinary');
    case 'unchecked':
      return t('tlsUnchecked');
    case 'unavailable':
      return t('tlsUnavailable');
  }
}

export function TlsLine({ check, available }: { check: TlsCheck | undefined; available: boolean }) {
  const state = tlsState(check, available);
  if (!isDecrypted(state)) {
    return (
      <p class="tls meta" data-testid="tls" data-state={state}>
        {sentence(state, check)}
      </p>
    );
  }
  return (
    <section class="tls tls-decrypted" data-testid="tls" data-state={state} aria-labelledby="h-tls">
      <h2 id="h-tls">{t('tlsDecryptedTitle')}</h2>
      <p>{sentence(state, check)}</p>
      <p class="meta">{t('tlsDecryptedMeaning')}</p>
    </section>
  );
}
