import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { ruleCatalog } from '../rules/bundled-catalog';
import { suggestDeclaredItems } from './suggest';

it('dump', () => {
  const text = readFileSync(new URL(`../../tests/fixtures/policies/saas-workplace-transparency.txt`, import.meta.url), 'utf8') + readFileSync(new URL(`../../tests/fixtures/policies/council-monitoring-at-work.txt`, import.meta.url), 'utf8');
  const big = text.repeat(Math.ceil(200_000 / text.length));
  let t0 = performance.now(); suggestDeclaredItems('x', ruleCatalog); console.log('index', performance.now() - t0);
  for (let i = 0; i < 3; i++) { t0 = performance.now(); suggestDeclaredItems(big, ruleCatalog); console.log('200k', performance.now() - t0); }
  const lorem = 'Lorem ipsum dolor sit amet, web filtering\n- item\n'.repeat(60000);
  for (let i = 0; i < 2; i++) { t0 = performance.now(); suggestDeclaredItems(lorem, ruleCatalog); console.log('lorem', performance.now() - t0); }
  const prose = 'The council uses many systems; staff should read this carefully, and so on. '.repeat(30000);
  for (let i = 0; i < 2; i++) { t0 = performance.now(); suggestDeclaredItems(prose, ruleCatalog); console.log('prose 2MB', performance.now() - t0); }
});
