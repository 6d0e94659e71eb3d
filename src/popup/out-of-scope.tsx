// Out of scope: nothing was shown or stored. Offer to add the site, the one action that changes that.
import { parseDomainInput } from '../scope/work-scope';
import { t } from '../shared/i18n';
import { settingsItem, type Settings } from '../shared/settings';

export function OutOfScope({ site, settings }: { site: string | undefined; settings: Settings }) {
  const parsed = site ? parseDomainInput(site) : null;
  const add = async () => {
    if (!parsed?.ok) return;
    await settingsItem.set({ ...settings, userDomains: [...new Set([...settings.userDomains, parsed.domain])] });
  };
  return (
    <>
      <p class="verdict" role="status" data-testid="verdict" data-state="out-of-scope">
        {site ? t('verdictOutOfScope', site) : t('verdictNoSite')}
      </p>
      {parsed?.ok && (
        <p>
          <button type="button" data-testid="add-site" onClick={() => void add()}>
            {t('addSiteToScope', parsed.domain)}
          </button>
        </p>
      )}
    </>
  );
}
