import { describe, expect, it } from 'vitest';
import { addApiUses, addIdentifiedBy, emptyReport, MAX_API_CALLERS } from './tab-report';

describe('addApiUses', () => {
  it('counts uses per API, keeps first/last, callers (at most ten) and products once each', () => {
    const report = emptyReport('contoso.sharepoint.com', 100);
    addApiUses(report, [{ api: 'camera', caller: 'https://a.example/app.js', products: [], count: 2 }], 100);
    addApiUses(report, [{ api: 'camera', caller: 'https://a.example/app.js', products: [], count: 1 }, { api: 'keystrokes', caller: 'https://static.hotjar.com/c/x.js', products: ['hotjar'], count: 1 }], 200);
    expect(report.apis).toEqual({
      camera: { count: 3, first: 100, last: 200, callers: ['https://a.example/app.js'], products: [] },
      keystrokes: { count: 1, first: 200, last: 200, callers: ['https://static.hotjar.com/c/x.js'], products: ['hotjar'] },
    });
    for (let i = 0; i < 20; i++) addApiUses(report, [{ api: 'location', caller: `https://s${i}.example/`, products: [], count: 1 }], 300);
    expect(report.apis!.location!.callers).toHaveLength(MAX_API_CALLERS);
    expect(report.apis!.location!.count).toBe(20);
  });
});

describe('addIdentifiedBy', () => {
  it('adds each label once to findings that exist, and ignores the rest', () => {
    const report = emptyReport('contoso.sharepoint.com', 1);
    report.findings.fullstory = { ruleId: 'fullstory', count: 1, first: 1, last: 1, signals: [] };
    addIdentifiedBy(report, ['fullstory', 'hotjar'], ['email:sha256']);
    addIdentifiedBy(report, ['fullstory'], ['email:sha256', 'username:plain']);
    expect(report.findings.fullstory!.identifiedBy).toEqual(['email:sha256', 'username:plain']);
    expect(report.findings.hotjar).toBeUndefined();
  });
});
