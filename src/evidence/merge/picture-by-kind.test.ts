import { describe, expect, it } from 'vitest';
import { englishText } from '../../core/english-text';
import { declaration, item } from '../../policy/test-declarations';
import { ruleCatalog } from '../../rules/bundled-catalog';
import type { MemberReport } from './member-reports';
import type { ProductSite } from './member-summary';
import { kindSentences, withholdRare } from '../../policy/kind-picture';
import { kindPicture } from './picture-by-kind';

const row = (product: string, category: ProductSite['category'], count: number): ProductSite => ({
  productKey: product.toLowerCase(),
  product,
  category,
  capabilities: [],
  site: 'contoso.sharepoint.com',
  count,
  first: 0,
  last: 0,
  status: 'undeclared',
  statusAt: 0,
});
const report = (kind: MemberReport['kind'], where: string, hash: string): MemberReport => ({
  kind,
  where,
  when: '2026-11-02',
  how: 'saw',
  hash,
});

// Three members. By hand:
// - session_recording: observed by A (Fullstory 4) and B (Hotjar 1, Fullstory 2) -> 2 members, 7 observations;
//   declared by the policy's sentence.
// - audio_recording: reported by A (Town Hall) and C (Depot, Town Hall twice) -> 2 members, 4 reports; not declared.
// - biometrics: reported by B once -> 1 member; not declared.
// - cctv_video: declared, neither observed nor reported.
const members = [
  {
    memberKey: 'code:M-A',
    productSites: [row('Fullstory', 'session_recording', 4)],
    reported: [report('audio_recording', 'Town Hall', 'a1')],
  },
  {
    memberKey: 'code:M-B',
    productSites: [row('Hotjar', 'session_recording', 1), row('Fullstory', 'session_recording', 2)],
    reported: [report('biometrics', 'Depot', 'b1')],
  },
  {
    memberKey: 'code:M-C',
    productSites: [],
    reported: [
      report('audio_recording', 'Depot', 'c1'),
      report('audio_recording', 'Town Hall', 'c2'),
      report('audio_recording', 'town hall', 'c3'),
    ],
  },
];
const policy = declaration({
  items: [
    item({ kind: 'session_recording', quote: 'We record how staff use our web applications.' }),
    item({ kind: 'cctv_video', quote: 'CCTV operates in all public areas.' }),
  ],
});

describe('declared, observed and reported, by kind', () => {
  it('leads with what was reported or observed but not declared, most members first', () => {
    const picture = kindPicture(members, policy, ruleCatalog);
    expect(picture.policyLoaded).toBe(true);
    expect(picture.lead).toEqual([
      {
        kind: 'audio_recording',
        declared: null,
        observed: null,
        reported: { members: 2, reports: 4, workplaces: ['Depot', 'Town Hall'] },
      },
      {
        kind: 'biometrics',
        declared: null,
        observed: null,
        reported: { members: 1, reports: 1, workplaces: ['Depot'] },
      },
    ]);
    expect(picture.rest).toEqual([
      {
        kind: 'session_recording',
        declared: { words: ['We record how staff use our web applications.'] },
        observed: { products: ['Fullstory', 'Hotjar'], members: 2, observations: 7 },
        reported: null,
      },
      {
        kind: 'cctv_video',
        declared: { words: ['CCTV operates in all public areas.'] },
        observed: null,
        reported: null,
      },
    ]);
  });

  it('says each part in a sentence made from the counts', () => {
    const picture = kindPicture(members, policy, ruleCatalog);
    expect(kindSentences(picture.lead[0]!, true, englishText, 'en')).toEqual([
      'The policy does not declare it.',
      'Sightline did not observe it: a browser cannot see this kind.',
      '2 members reported it (4 reports), at Depot and Town Hall.',
    ]);
    expect(kindSentences(picture.lead[1]!, true, englishText, 'en')[2]).toBe(
      '1 member reported it (1 report), at Depot.',
    );
    expect(kindSentences(picture.rest[0]!, true, englishText, 'en')).toEqual([
      'The policy declares it, in these words: “We record how staff use our web applications.”',
      'Sightline observed it: Fullstory and Hotjar, seen by 2 members (7 observations).',
      'No member reported it.',
    ]);
  });

  it('without a policy, puts everything reported or observed in the lead and says no policy was loaded', () => {
    const picture = kindPicture(members, null, ruleCatalog);
    expect(picture.policyLoaded).toBe(false);
    expect(picture.lead.map((l) => l.kind)).toEqual(['session_recording', 'audio_recording', 'biometrics']);
    expect(picture.rest).toEqual([]);
    expect(kindSentences(picture.lead[0]!, false, englishText, 'en')[0]).toBe(
      'No policy was loaded, so nothing shows it is declared.',
    );
  });

  it('counts a product the policy names as declaring its kind', () => {
    const byProduct = declaration({ items: [item({ product: 'Fullstory', ruleId: 'fullstory' })] });
    const picture = kindPicture(members, byProduct, ruleCatalog);
    expect(picture.rest.map((l) => [l.kind, l.declared])).toEqual([['session_recording', { words: ['Fullstory'] }]]);
  });
});

describe('the picture for management', () => {
  it('leaves out what fewer than the minimum of members reported or were seen by', () => {
    const picture = withholdRare(kindPicture(members, policy, ruleCatalog), 2);
    expect(picture.lead.map((l) => l.kind)).toEqual(['audio_recording']);
    expect(picture.rest.map((l) => [l.kind, l.observed?.members ?? null])).toEqual([
      ['session_recording', 2],
      ['cctv_video', null],
    ]);
    expect(withholdRare(kindPicture(members, policy, ruleCatalog), 3).lead).toEqual([]);
  });

  it('names no product the version for management withholds', () => {
    const full = kindPicture(members, policy, ruleCatalog);
    const named = full.rest.find((l) => l.kind === 'session_recording')!.observed!.products;
    expect(named.length).toBeGreaterThan(0);
    const none = withholdRare(full, 2, new Set());
    expect(none.rest.find((l) => l.kind === 'session_recording')?.observed ?? null).toBeNull();
    const kept = withholdRare(full, 2, new Set([named[0]!]));
    expect(kept.rest.find((l) => l.kind === 'session_recording')!.observed!.products).toEqual([named[0]]);
  });
});
