import { describe, expect, it } from 'vitest';
import { bundledIssuerIndex } from './bundled-issuers';
import { chainFromSecurityInfo, classifyChain, compileIssuers, matchIssuer, type ChainCertificate } from './classify';

const index = bundledIssuerIndex;

const cert = (subject: string, issuer: string, isBuiltInRoot = false): ChainCertificate => ({
  subject,
  issuer,
  isBuiltInRoot,
});

/** A site's chain as an inspection proxy re-signs it: leaf, the product's intermediate, its root installed on the device. */
const zscalerChain = [
  cert(
    'CN=contoso.sharepoint.com',
    'CN=Zscaler Intermediate Root CA (zscaler.net),OU=Zscaler Inc.,O=Zscaler Inc.,ST=California,C=US',
  ),
  cert(
    'CN=Zscaler Intermediate Root CA (zscaler.net),OU=Zscaler Inc.,O=Zscaler Inc.,ST=California,C=US',
    'CN=Zscaler Root CA,OU=Zscaler Inc.,O=Zscaler Inc.,ST=California,C=US',
  ),
  cert(
    'CN=Zscaler Root CA,OU=Zscaler Inc.,O=Zscaler Inc.,ST=California,C=US',
    'CN=Zscaler Root CA,OU=Zscaler Inc.,O=Zscaler Inc.,ST=California,C=US',
  ),
];

/** The same site as the browser ships it: a public CA's chain. */
const publicChain = [
  cert('CN=*.sharepoint.com', 'CN=Microsoft Azure RSA TLS Issuing CA 03,O=Microsoft Corporation,C=US'),
  cert(
    'CN=Microsoft Azure RSA TLS Issuing CA 03,O=Microsoft Corporation,C=US',
    'CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US',
  ),
  cert(
    'CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US',
    'CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US',
    true,
  ),
];

describe('classifyChain', () => {
  it('names the inspection product that issued the chain, by the first name that matches from the leaf', () => {
    expect(classifyChain(index, zscalerChain)).toEqual({
      verdict: 'product',
      product: 'Zscaler Internet Access',
      vendor: 'Zscaler',
      authority: 'Zscaler Intermediate Root CA (zscaler.net)',
    });
  });

  it('matches by common name or organization, exact or by prefix as the data says', () => {
    const signedBy = (issuer: string) =>
      classifyChain(index, [cert('CN=intranet.example', issuer), cert(issuer, issuer)]);
    expect(signedBy('CN=Cisco Umbrella Primary SubCA,O=Cisco')).toMatchObject({ product: 'Cisco Umbrella' });
    expect(signedBy('CN=FortiGate CA,O=Fortinet,C=US')).toMatchObject({
      product: 'Fortinet FortiGate',
      authority: 'FortiGate CA',
    });
    expect(signedBy('CN=Proxy,O=Blue Coat Systems\\, Inc.')).toMatchObject({ product: 'Symantec / Blue Coat ProxySG' });
    expect(signedBy('CN=Sophos_CA_C2A1B3D4')).toMatchObject({ product: 'Sophos Firewall' });
    expect(signedBy('CN=ContentKeeper Appliance CA (12)')).toMatchObject({ product: 'ContentKeeper' });
    expect(signedBy('CN=IWSS.TREND')).toMatchObject({ product: 'Trend Micro InterScan Web Security Suite (IWSS)' });
  });

  it('does not stretch exact names: a longer name, another case or the wrong field is not a match', () => {
    const signedBy = (issuer: string) =>
      classifyChain(index, [cert('CN=intranet.example', issuer), cert(issuer, issuer)]);
    expect(signedBy('CN=FortiGate CA 2,O=Example')).toEqual({ verdict: 'private_root', authority: 'FortiGate CA 2' });
    expect(signedBy('CN=Corp Root,O=zscaler inc.')).toMatchObject({ verdict: 'private_root' });
    expect(signedBy('CN=Zscaler Inc.,O=Example')).toMatchObject({ verdict: 'private_root' });
    expect(signedBy('CN=Blue Coat Root')).toMatchObject({ verdict: 'private_root' });
  });

  it('says a root is not shipped by the browser when no product matches, naming that authority', () => {
    expect(classifyChain(index, [cert('CN=sightline-fixtures', 'CN=sightline-fixtures')])).toEqual({
      verdict: 'private_root',
      authority: 'sightline-fixtures',
    });
    expect(
      classifyChain(index, [
        cert('CN=a.example', 'CN=Contoso Issuing CA,O=Contoso'),
        cert('CN=Contoso Root', 'CN=Contoso Root,O=Contoso'),
      ]),
    ).toEqual({ verdict: 'private_root', authority: 'Contoso Root' });
  });

  it('calls a chain ending at a root the browser ships ordinary, even with a product-like name in it', () => {
    expect(classifyChain(index, publicChain)).toEqual({ verdict: 'ordinary' });
    const lookalike = [
      cert('CN=x.example', 'CN=FortiGate CA,O=Fortinet'),
      cert('CN=FortiGate CA,O=Fortinet', 'CN=Public Root', true),
    ];
    expect(classifyChain(index, lookalike)).toEqual({ verdict: 'ordinary' });
  });

  it('has no verdict without a chain', () => {
    expect(classifyChain(index, [])).toBeUndefined();
  });

  it('uses a compiled index: an empty list matches nothing', () => {
    expect(matchIssuer(compileIssuers([]), 'CN=Zscaler Root CA')).toBeUndefined();
    expect(matchIssuer(index, 'CN=Zscaler Root CA')?.product).toBe('Zscaler Internet Access');
  });
});

describe('chainFromSecurityInfo', () => {
  const info = (extra: object) => ({
    state: 'secure',
    certificates: zscalerChain.map((c) => ({ ...c, fingerprint: {}, validity: {} })),
    ...extra,
  });

  it('reads the chain of an established TLS connection (secure or weak)', () => {
    expect(chainFromSecurityInfo(info({}))).toEqual(zscalerChain);
    expect(chainFromSecurityInfo(info({ state: 'weak' }))).toHaveLength(3);
  });

  it('gives nothing for insecure or broken connections, or for malformed input', () => {
    for (const bad of [
      null,
      undefined,
      'secure',
      {},
      info({ state: 'insecure' }),
      info({ state: 'broken' }),
      info({ certificates: [{ subject: 1, issuer: 'x' }] }),
      info({ certificates: 'x' }),
      info({ certificates: Array(21).fill(zscalerChain[0]) }),
    ]) {
      expect(chainFromSecurityInfo(bad, bad)).toBeUndefined();
    }
    expect(chainFromSecurityInfo(info({ certificates: [] }))).toBeUndefined();
  });

  it('after an overridden certificate warning (no verified chain), takes the site certificate as not shipped', () => {
    // What Firefox 153 gives for the fixture server's self-signed certificate under acceptInsecureCerts.
    const overridden = {
      state: 'secure',
      overridableErrorCategory: 'trust_error',
      isUntrusted: true,
      certificates: [],
    };
    const serverOnly = {
      state: 'secure',
      overridableErrorCategory: 'trust_error',
      isUntrusted: true,
      certificates: [{ subject: 'CN=sightline-fixtures', issuer: 'CN=sightline-fixtures', isBuiltInRoot: false }],
    };
    const chain = chainFromSecurityInfo(overridden, serverOnly);
    expect(chain).toEqual([cert('CN=sightline-fixtures', 'CN=sightline-fixtures', false)]);
    expect(classifyChain(index, chain!)).toEqual({ verdict: 'private_root', authority: 'sightline-fixtures' });
    // Without an override an empty chain gives no verdict, whatever the second answer says.
    expect(chainFromSecurityInfo({ ...overridden, overridableErrorCategory: undefined }, serverOnly)).toBeUndefined();
    expect(chainFromSecurityInfo(overridden, undefined)).toBeUndefined();
  });

  it('treats a missing isBuiltInRoot as not shipped', () => {
    expect(chainFromSecurityInfo({ state: 'secure', certificates: [{ subject: 'CN=a', issuer: 'CN=a' }] })).toEqual([
      cert('CN=a', 'CN=a', false),
    ]);
  });
});
