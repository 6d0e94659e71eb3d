// The registrable domain a vendor_domains entry must be (src/rules/vendor-domains.ts), by the ICANN
// public suffixes only: a host under a shared hosting suffix (cloudfront.net, appspot.com) yields the
// hosting company's domain, which platform-domains.ts refuses, never the customer's own subdomain.
import { getDomain } from 'tldts';
import type { RegistrableDomain } from '../src/rules/vendor-domains';

export const registrableDomain: RegistrableDomain = (host) => getDomain(host, { allowPrivateDomains: false });
