// The shipped rule index for extension pages and the background (one compile per context).
import { loadRules } from '.';

const loaded = loadRules();
export const bundledRuleIndex = loaded.index;
export const rejectedRules = loaded.rejected;
