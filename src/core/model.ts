// Shapes shared by the engine and every browser context. Pure: no browser imports.

/** webRequest resource types we care about; anything else is kept as "other". */
export const RESOURCE_TYPES = [
  'main_frame',
  'sub_frame',
  'script',
  'xmlhttprequest',
  'ping',
  'beacon',
  'websocket',
  'image',
  'stylesheet',
  'font',
  'media',
  'object',
  'csp_report',
  'other',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** One network request, normalised once at the edge from webRequest details. */
export interface Observation {
  url: string;
  type: ResourceType;
  /** The frame or document that made the request (origin or URL), when the browser says. */
  initiator?: string;
  /** The top-level page the tab shows, when known. */
  tabUrl?: string;
  tabId?: number;
  timeStamp?: number;
}

export type SignalMatch =
  | { kind: 'host'; domain: string; path?: string }
  /**
   * A request to another host of a vendor's own registrable domain (rule field vendor_domains) that no
   * precise signal matched: the page contacted the vendor, which is weaker evidence than a known endpoint.
   */
  | { kind: 'vendor_domain'; domain: string }
  | { kind: 'global'; name: string }
  | { kind: 'script_src'; pattern: string }
  | { kind: 'extension_id'; id: string };

export interface Detection {
  ruleId: string;
  signal: SignalMatch;
  /** Redacted evidence: for requests and scripts the URL without query or fragment. */
  evidence: string;
  /** page-reported signals come from inside the page, which can lie. */
  source: 'network' | 'page' | 'page_timing' | 'browser';
}
