import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './report-html';
import { reportModel } from './test-report-model';

const empty = { extensions: [], unknownThirdParties: [] };

describe('empty sections of a merge with categories-only exports', () => {
  it('says whose exports held categories only, not that "the export" did, when others held more', () => {
    const doc = renderReportHtml(
      reportModel({ ...empty, members: 6, redaction: 'category', detailLevels: { full: 2, host: 2, category: 2 } }),
    );
    expect(doc).not.toContain('the export held categories only');
    expect(doc).toContain(
      'None recorded in the 4 exports with more detail; 2 members&#39; exports held categories only, so extension names were removed from them.',
    );
    expect(doc).toContain(
      'None recorded in the 4 exports with more detail; 2 members&#39; exports held categories only, so host names were removed from them.',
    );
  });

  it('says every export held categories only when all did, and "None recorded" when none did', () => {
    const all = renderReportHtml(
      reportModel({ ...empty, members: 2, redaction: 'category', detailLevels: { full: 0, host: 0, category: 2 } }),
    );
    expect(all).toContain('Not included: every export held categories only, so extension names were removed.');
    const none = renderReportHtml(
      reportModel({ ...empty, members: 2, redaction: 'host', detailLevels: { full: 1, host: 1, category: 0 } }),
    );
    expect(none).not.toContain('categories only, so');
    expect(none).toContain('<p>None recorded.</p>');
  });
});
