// What makes a page scroll sideways at 200 % zoom (WCAG 1.4.10 reflow): empty when nothing does. Wide
// tables may scroll inside their own region (.table-wrap); the page itself must not.
import type { Page } from 'playwright-core';

export async function overflowingAt200(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    root.style.zoom = '2';
    const width = root.clientWidth + 1;
    const wide =
      root.scrollWidth > width
        ? [...document.querySelectorAll('body *')].filter(
            (e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > width,
          )
        : [];
    const found =
      wide.length > 0 || root.scrollWidth <= width
        ? wide
            .slice(0, 6)
            .map(
              (e) =>
                `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className)}` : ''}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''}`,
            )
        : ['(the page, no single element)'];
    root.style.zoom = '';
    return found;
  });
}

export const overflowsAt200 = async (page: Page): Promise<boolean> => (await overflowingAt200(page)).length > 0;
