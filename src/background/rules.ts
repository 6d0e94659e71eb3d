// The compiled rule index, built once per worker start (about a millisecond; see `npm run bench`).
export { bundledRuleIndex as ruleIndex } from '../rules/bundled';
