// The app page's sections, each at its own hash so it can be linked and bookmarked. Hashes the popup
// and older links use (#declarations, #read-policy) open the section that holds them. Pure.

export const ROUTES = ['overview', 'evidence', 'policy', 'reports', 'rep', 'settings'] as const;
export type RouteId = (typeof ROUTES)[number];

/** Where an address with no section hash (or an unknown one) lands, like any app's home. */
export const HOME: RouteId = 'overview';
export type Route = RouteId;

/** Anchors inside a section that older links point at. */
const ANCHORS: Readonly<Record<string, RouteId>> = {
  declarations: 'policy',
  'read-policy': 'policy',
  'worker-report': 'evidence',
};

export function routeOf(hash: string): Route {
  const name = hash.replace(/^#/, '').split('?')[0]!;
  if ((ROUTES as readonly string[]).includes(name)) return name as RouteId;
  return Object.hasOwn(ANCHORS, name) ? ANCHORS[name]! : HOME;
}

/** Whether a section is on screen for the route. */
export const shows = (route: Route, section: RouteId): boolean => route === section;

/** The product (rule id) a link into the evidence asks to filter by: `#evidence?product=fullstory`. */
export function productOf(hash: string): string | undefined {
  const query = hash.split('?')[1];
  return query ? (new URLSearchParams(query).get('product') ?? undefined) || undefined : undefined;
}

export const evidenceFor = (ruleId: string): string => `#evidence?product=${encodeURIComponent(ruleId)}`;

/** A letter drafted at once from the log, which names the product: `#reports?product=fullstory`. */
export const letterFor = (ruleId: string): string => `#reports?product=${encodeURIComponent(ruleId)}`;
