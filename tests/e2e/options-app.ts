// The options app shows one section at a time (#overview, #evidence, #policy, #reports, #rep,
// #settings; no hash lands on the overview): tests open the section that holds what they use.
import type { Page } from 'playwright-core';
import type { RouteId } from '../../src/dashboard/routes';

export function optionsUrl(extensionId: string | undefined, route: RouteId): string {
  if (!extensionId) throw new Error('the extension is not loaded in this browser');
  return `chrome-extension://${extensionId}/src/options/index.html#${route}`;
}

/** Moves an open options page to a section, as its navigation link does, and waits for it to show. */
export async function showSection(page: Page, route: RouteId): Promise<void> {
  await page.evaluate((r) => {
    location.hash = r;
  }, route);
  await page.locator(`main[data-route="${route}"]`).waitFor();
}
