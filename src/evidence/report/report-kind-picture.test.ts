import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './report-html';
import { reportModel } from './test-report-model';
import type { KindPicture } from '../../policy/kind-picture';

const picture: KindPicture = {
  policyLoaded: true,
  lead: [
    {
      kind: 'biometrics',
      declared: null,
      observed: null,
      reported: { members: 3, reports: 5, workplaces: ['Depot', 'Leisure centre'] },
    },
  ],
  rest: [
    {
      kind: 'cctv_video',
      declared: { words: ['CCTV operates in all public areas.'] },
      observed: null,
      reported: { members: 2, reports: 2, workplaces: ['Depot'] },
    },
  ],
};

describe('the report with members reports and the policy to hand', () => {
  it('leads with what was reported or observed but not declared, before every other section', () => {
    const page = renderReportHtml(reportModel({ kindPicture: picture }));
    const lead = page.indexOf('<section id="not-declared"');
    expect(lead).toBeGreaterThan(0);
    const firstOther = Math.min(
      ...['contradictions', 'identity', 'questions', 'declared', 'products'].map((id) =>
        page.indexOf(`<section id="${id}"`),
      ),
    );
    expect(lead).toBeLessThan(firstOther);
    const section = page.slice(lead, page.indexOf('</section>', lead));
    expect(section).toContain('Reported or observed, but not declared');
    expect(section).toContain('3 members reported it (5 reports), at Depot and Leisure centre.');
    expect(section).toContain('The policy does not declare it.');
    expect(section).not.toContain('CCTV operates');
    expect(page).toContain('2 members reported it (2 reports), at Depot.');
  });

  it('says when nothing reported or observed is missing from the policy', () => {
    const page = renderReportHtml(reportModel({ kindPicture: { ...picture, lead: [] } }));
    expect(page).toContain('Nothing that was reported or observed is missing from the policy.');
  });

  it('has no such section when made without the picture', () => {
    expect(renderReportHtml(reportModel())).not.toContain('id="not-declared"');
  });
});
