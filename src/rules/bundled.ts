// The shipped rule index for extension pages and the background (one compile per context).
import { loadRules } from './load-rules';

export const bundledRuleIndex = loadRules();
