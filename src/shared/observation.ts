// Normalise raw webRequest details into an Observation. Structural input type so this file stays pure.
import { RESOURCE_TYPES, type Observation, type ResourceType } from './model';

export interface RawRequestDetails {
  url: string;
  type?: string;
  tabId?: number;
  timeStamp?: number;
  /** Chromium */
  initiator?: string;
  /** Firefox */
  originUrl?: string;
  documentUrl?: string;
  /** Firefox: the top-level document's URL */
  frameAncestors?: { url: string }[];
}

const KNOWN_TYPES = new Set<string>(RESOURCE_TYPES);

export function observationFromRequest(details: RawRequestDetails, tabUrl?: string): Observation {
  const type: ResourceType = KNOWN_TYPES.has(details.type ?? '') ? (details.type as ResourceType) : 'other';
  // Chromium reports sendBeacon as "ping"; Firefox as "beacon". Treat both alike downstream.
  return {
    url: details.url,
    type,
    initiator: details.initiator ?? details.documentUrl ?? details.originUrl,
    tabUrl,
    tabId: details.tabId,
    timeStamp: details.timeStamp,
  };
}
