// The compiled rule index, built once per worker start (a few ms; see `npm run bench`).
import { bundledRuleIndex, rejectedRules } from '../rules/bundled';

if (rejectedRules.length > 0) console.error('Sightline: rules left out because they are malformed:', rejectedRules);

export const ruleIndex = bundledRuleIndex;
