// The shipped rule index for extension pages and the background (one compile per context).
import { loadRules } from '.';

export const bundledRuleIndex = loadRules();
