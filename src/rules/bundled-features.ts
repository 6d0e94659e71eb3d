// The shipped informational platform features (validated at build time), for the popup and background.
import features from 'virtual:sightline-platform-features';
import type { FeatureSummary } from './feature-summary';

export const platformFeatures: readonly FeatureSummary[] = features;
