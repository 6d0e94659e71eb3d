// The meeting pack's first page, checked sentence by sentence against facts worked out here from the
// model's own lists (not through the summary's helpers), and printed on one page of its own.
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './report-html';
import type { ReportModel } from './report-model';
import { emptyReportModel, reportModel } from './test-report-model';
import messages from '../../../public/_locales/en/messages.json';

const words = messages as Record<string, { message: string }>;

const summaryOf = (model: ReportModel): string => {
  const doc = renderReportHtml(model);
  const start = doc.indexOf('<section id="summary"');
  return doc.slice(start, doc.indexOf('</section>', start));
};
const text = (markup: string): string =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('the meeting pack summary page', () => {
  const model = reportModel({
    contradictions: [
      {
        quote: 'We do not use keystroke logging.',
        by: 'capability',
        subject: 'what you type',
        products: ['Fullstory'],
        pageOnlyProducts: [],
      },
      {
        quote: 'We never record sessions.',
        by: 'category',
        subject: 'Session recording',
        products: [],
        pageOnlyProducts: ['Hotjar'],
      },
    ],
    identity: [{ product: 'Fullstory', forms: ['email:sha256', 'email:plain'], members: 3 }],
    transparencyGaps: ['retention', 'rights'],
  });
  const page = text(summaryOf(model));

  it('opens in the third person with the products and sites the model holds', () => {
    const sites = new Set(model.products.flatMap((p) => p.sites));
    expect(page).toContain(`recorded ${model.products.length} monitoring products on ${sites.size} work sites`);
    expect(page).not.toMatch(/\b(I|my|we|our)\b/);
  });

  it('leads with the broken promises that products seen on the network break, then identity sent', () => {
    expect(page).toContain(
      'The policy says We do not use keystroke logging. Fullstory was seen, which can capture what you type.',
    );
    // A promise only page-reported products break is not stated as broken on the summary.
    expect(page).not.toContain('We never record sessions.');
    expect(page.indexOf('keystroke')).toBeLessThan(page.indexOf('Identity sent'));
    expect(page).toContain(
      'Fullstory was sent a worker’s work email address (as a SHA-256 hash, as written), for 3 members.',
    );
  });

  it('names the undeclared products and the transparency gaps from the data', () => {
    const undeclared = model.products.filter((p) => p.status === 'undeclared' && !p.pageOnly).map((p) => p.product);
    for (const name of undeclared) expect(page).toContain(name);
    expect(page).toContain(`${undeclared.length} products seen by the browser are neither named nor covered`);
    expect(page).toContain(`does the policy say ${words.ico_retention!.message} and ${words.ico_rights!.message}`);
  });

  it('says how many questions follow, and what was checked and found absent', () => {
    const doc = renderReportHtml(model);
    const questions = (doc.match(/<ol class="questions">([\s\S]*?)<\/ol>/)?.[1] ?? '').split('<li>').length - 1;
    expect(questions).toBeGreaterThan(0);
    expect(page).toContain(`${questions} questions for management follow`);
    const empty = text(summaryOf(emptyReportModel()));
    expect(empty).toContain('recorded no known monitoring product');
    expect(empty).toContain('no product was recorded receiving a worker’s identity');
    expect(empty).not.toContain('Identity sent');
  });

  it('prints on a page of its own, with the header, before the contents', () => {
    const doc = renderReportHtml(model);
    expect(doc).toMatch(/\.first-page \{ break-after: page;/);
    expect(doc.indexOf('<div class="first-page">')).toBeLessThan(doc.indexOf('<section id="summary"'));
    expect(doc.indexOf('<section id="summary"')).toBeLessThan(doc.indexOf('<nav class="contents"'));
  });
});
