// A platform feature as extension pages and the background use it (no zod here: the service worker
// loads this), and which features belong on a tab of a given host.
import { hostMatchesSuffix } from '../scope/work-scope';
import type { CapabilityId, CategoryId } from '../core/taxonomy';

/** What extension pages need: everything but the sources' details. */
export interface FeatureSummary {
  id: string;
  platform: string;
  feature: string;
  aliases: string[];
  category: CategoryId;
  capabilities: CapabilityId[];
  perPerson: boolean;
  shownOn: string[];
  offers: string;
  source: { url: string; title: string };
}

/** The features shown on a tab of `host`, in file order. */
export function featuresForSite<T extends Pick<FeatureSummary, 'shownOn'>>(features: readonly T[], host: string): T[] {
  return features.filter((feature) => feature.shownOn.some((suffix) => hostMatchesSuffix(host, suffix)));
}
