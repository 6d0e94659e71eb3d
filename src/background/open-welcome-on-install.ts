// Background: open the welcome page on a first install only. Updates keep everything and say nothing
// (reason "update"); a browser update is reason "browser_update" / "chrome_update". Registered at the
// top level, as onInstalled fires once, just after the background starts.
import browser from 'webextension-polyfill';

export const WELCOME_PAGE = 'src/welcome/index.html';

browser.runtime.onInstalled.addListener(({ reason }) => {
  // tabs.create needs no permission; the page is the extension's own.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
});
