// Reading `management.getAll()` right after the person granted the optional permission. Chromium gives a
// page or worker the functions of an optional permission only if it was created after the grant: with
// `management` granted from the open options page, `chrome.management.getAll` stayed undefined in that
// page and in the running service worker, while a page opened afterwards had it (Chromium 156, checked
// headed under Xvfb; `management` is never absent, as getSelf needs no permission, so the namespace
// exists and only its new functions are missing). So the list is read through a hidden frame holding
// an empty extension page, made after the grant; the frame is removed at once.
import browser from 'webextension-polyfill';

interface ManagementHolder {
  management?: { getAll?: () => Promise<unknown> };
}

const FRESH_PAGE = 'src/options/fresh-context.html';

export async function readInstalledExtensions(): Promise<unknown> {
  try {
    return await readThroughFrame();
  } catch (error) {
    // The frame has not failed in Chromium. A browser that gives open pages a newly granted API (Firefox
    // is expected to; not tested here) can still answer from this page if it does.
    const own = (browser as unknown as ManagementHolder).management;
    if (typeof own?.getAll === 'function') return own.getAll();
    throw error;
  }
}

async function readThroughFrame(): Promise<unknown> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.title = 'Sightline';
  try {
    await new Promise<void>((resolve, reject) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.addEventListener('error', () => reject(new Error('the helper frame did not load')), { once: true });
      frame.src = browser.runtime.getURL(FRESH_PAGE);
      document.body.append(frame);
    });
    // Firefox has `browser` in every extension page; Chromium's `chrome` returns promises in MV3.
    const win = frame.contentWindow as unknown as { browser?: ManagementHolder; chrome?: ManagementHolder } | null;
    const management = win?.browser?.management ?? win?.chrome?.management;
    if (typeof management?.getAll !== 'function')
      throw new Error('the browser did not make the extension list available');
    return await management.getAll();
  } finally {
    frame.remove();
  }
}
