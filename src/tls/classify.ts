// Is this connection read on its way? From the certificate chain Firefox reports for a page
// (webRequest.getSecurityInfo), decide:
//   product       the chain was issued by a known TLS-inspection product (which one, by which name);
//   private_root  it ends at a root the browser does not ship: someone installed that authority on this
//                 device (usually an employer's inspection proxy; also security software, or an
//                 internal site's own authority), and whoever holds it can decrypt the traffic;
//   ordinary      it ends at a root the browser ships.
// An inspection product must be trusted through a root installed on the device, never a shipped one,
// so a chain ending at a shipped root is ordinary even if some name in it looks like a product's. Pure.
import { authorityLabel, nameParts } from './distinguished-name';
import type { IssuerName } from './issuers';

/** The fields of Firefox's CertificateInfo this needs, leaf first, root (when known) last. */
export interface ChainCertificate {
  subject: string;
  issuer: string;
  isBuiltInRoot: boolean;
}

export type TlsVerdict =
  | { verdict: 'product'; product: string; vendor: string; authority: string }
  | { verdict: 'private_root'; authority: string }
  | { verdict: 'ordinary' };

export interface IssuerIndex {
  exact: Map<string, IssuerName>;
  prefixes: IssuerName[];
}

const key = (field: IssuerName['field'], name: string) => `${field}\u001f${name}`;

/** Build once: exact names in a map, the few prefix names in a list. */
export function compileIssuers(names: readonly IssuerName[]): IssuerIndex {
  const index: IssuerIndex = { exact: new Map(), prefixes: [] };
  for (const name of names) {
    if (name.prefix) index.prefixes.push(name);
    else index.exact.set(key(name.field, name.name), name);
  }
  return index;
}

/** The known product whose name this issuer carries (CN or O), if any. Case-sensitive, as the sources give them. */
export function matchIssuer(index: IssuerIndex, issuer: string): IssuerName | undefined {
  const parts = nameParts(issuer);
  const candidates: [IssuerName['field'], string][] = [
    ...parts.commonNames.map((value) => ['common_name', value] as [IssuerName['field'], string]),
    ...parts.organizations.map((value) => ['organization', value] as [IssuerName['field'], string]),
  ];
  for (const [field, value] of candidates) {
    const exact = index.exact.get(key(field, value));
    if (exact) return exact;
    const prefix = index.prefixes.find((name) => name.field === field && value.startsWith(name.name));
    if (prefix) return prefix;
  }
  return undefined;
}

export function classifyChain(index: IssuerIndex, chain: readonly ChainCertificate[]): TlsVerdict | undefined {
  const last = chain.at(-1);
  if (!last) return undefined;
  if (last.isBuiltInRoot) return { verdict: 'ordinary' };
  // Leaf first: the authority that signed this site's certificate is the most telling name.
  for (const certificate of chain) {
    const product = matchIssuer(index, certificate.issuer);
    if (product)
      return {
        verdict: 'product',
        product: product.product,
        vendor: product.vendor,
        authority: authorityLabel(certificate.issuer),
      };
  }
  // Not shipped: the authority the chain stops at (a root's issuer is itself; without a chain, the
  // leaf's issuer).
  return { verdict: 'private_root', authority: authorityLabel(last.issuer) };
}

/**
 * The chain out of Firefox's SecurityInfo (untrusted input from an API: checked, never assumed), or
 * undefined when the connection was not an established TLS one. `withChain` is the answer to
 * getSecurityInfo(id, { certificateChain: true }). When the certificate was not trusted and the person
 * (or a test's acceptInsecureCerts) overrode the warning, Firefox has no verified chain and gives an
 * empty list there; `serverOnly` (the answer without certificateChain) then supplies the site's own
 * certificate, whose issuer is by definition not a root Firefox ships.
 */
export function chainFromSecurityInfo(withChain: unknown, serverOnly?: unknown): ChainCertificate[] | undefined {
  const chain = certificatesOf(withChain);
  if (chain === undefined || chain.length > 0) return chain;
  const overridden =
    (withChain as { isUntrusted?: unknown; overridableErrorCategory?: unknown }).overridableErrorCategory !== undefined;
  const server = overridden ? certificatesOf(serverOnly) : undefined;
  return server && server.length > 0 ? [{ ...server[0]!, isBuiltInRoot: false }] : undefined;
}

function certificatesOf(info: unknown): ChainCertificate[] | undefined {
  if (typeof info !== 'object' || info === null) return undefined;
  const { state, certificates } = info as { state?: unknown; certificates?: unknown };
  if ((state !== 'secure' && state !== 'weak') || !Array.isArray(certificates) || certificates.length > 20)
    return undefined;
  const chain: ChainCertificate[] = [];
  for (const certificate of certificates as unknown[]) {
    const { subject, issuer, isBuiltInRoot } = (certificate ?? {}) as Partial<Record<keyof ChainCertificate, unknown>>;
    if (typeof subject !== 'string' || typeof issuer !== 'string') return undefined;
    chain.push({ subject, issuer, isBuiltInRoot: isBuiltInRoot === true });
  }
  return chain;
}
