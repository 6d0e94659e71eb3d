// The shipped TLS-inspection issuer index (validated at build time; compiled once per context).
import names from 'virtual:sightline-tls-issuers';
import { compileIssuers } from './classify';

export const bundledIssuerIndex = compileIssuers(names);
