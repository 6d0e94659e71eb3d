import { describe, expect, it } from 'vitest';
import { contradictionsOf, type SeenProduct } from './contradictions';
import type { PolicyPromise } from './declaration';

const fullstory: SeenProduct = {
  ruleId: 'fullstory',
  product: 'Fullstory',
  category: 'session_recording',
  capabilities: ['clicks', 'typed_text', 'page_content'],
  pageOnly: false,
};
const pendo: SeenProduct = {
  ruleId: 'pendo',
  product: 'Pendo',
  category: 'digital_adoption',
  capabilities: ['clicks'],
  pageOnly: false,
};
const planted: SeenProduct = {
  ruleId: 'hotjar',
  product: 'Hotjar',
  category: 'session_recording',
  capabilities: ['typed_text'],
  pageOnly: true,
};
const promise = (fields: Partial<PolicyPromise>): PolicyPromise => ({ id: 'p', quote: 'We do not.', ...fields });

describe('contradictionsOf', () => {
  it('a capability promise is broken by every product documented to capture it, page-only kept apart', () => {
    const [c, ...rest] = contradictionsOf([promise({ capability: 'typed_text' })], [pendo, fullstory, planted]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ by: 'capability', products: ['Fullstory'], pageOnlyProducts: ['Hotjar'] });
  });

  it('category and product promises', () => {
    expect(contradictionsOf([promise({ category: 'digital_adoption' })], [pendo, fullstory])[0]).toMatchObject({
      by: 'category',
      products: ['Pendo'],
    });
    expect(contradictionsOf([promise({ ruleId: 'fullstory' })], [pendo, fullstory])[0]).toMatchObject({
      by: 'product',
      products: ['Fullstory'],
    });
  });

  it('a promise nothing breaks is no contradiction', () => {
    expect(
      contradictionsOf([promise({ capability: 'camera' }), promise({ ruleId: 'hotjar' })], [pendo, fullstory]),
    ).toEqual([]);
    expect(contradictionsOf(undefined, [pendo])).toEqual([]);
  });
});
