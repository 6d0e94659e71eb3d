// Sightline 0.1 registered MAIN-world "page hooks" (persisted across browser sessions) that a page could
// detect. They are gone; remove any registration an earlier version left behind.
import browser from 'webextension-polyfill';

const RETIRED_ID = 'sightline-page-hooks';

void browser.scripting
  .getRegisteredContentScripts({ ids: [RETIRED_ID] })
  .then((found) => (found.length > 0 ? browser.scripting.unregisterContentScripts({ ids: [RETIRED_ID] }) : undefined))
  .catch(() => undefined);
