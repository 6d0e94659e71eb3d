import { describe, expect, it } from 'vitest';
import { authorityLabel, nameParts } from './distinguished-name';

describe('nameParts', () => {
  it('reads CN and O from a name as Firefox prints it', () => {
    expect(
      nameParts('CN=Zscaler Intermediate Root CA (zscaler.net),OU=Zscaler Inc.,O=Zscaler Inc.,ST=California,C=US'),
    ).toEqual({
      commonNames: ['Zscaler Intermediate Root CA (zscaler.net)'],
      organizations: ['Zscaler Inc.'],
    });
  });

  it('keeps separators inside quotes and undoes escapes', () => {
    expect(nameParts('CN="Example, Inc. CA",O="Example \\"Quoted\\" Ltd"')).toEqual({
      commonNames: ['Example, Inc. CA'],
      organizations: ['Example "Quoted" Ltd'],
    });
    expect(nameParts('CN=Example\\, Inc.,O=A\\2CB')).toEqual({
      commonNames: ['Example, Inc.'],
      organizations: ['A,B'],
    });
  });

  it('reads multi-valued RDNs, spaces around separators, lower-case and OID types', () => {
    expect(nameParts('cn=One + O=Org One, OID.2.5.4.3=Two, 2.5.4.10=Org Two')).toEqual({
      commonNames: ['One', 'Two'],
      organizations: ['Org One', 'Org Two'],
    });
  });

  it('never throws on garbage, and ignores other attributes', () => {
    for (const junk of ['', '=', ',,,', 'CN', 'CN="unterminated', 'OU=Only unit,C=US', '\\', 'x'.repeat(5000)]) {
      expect(() => nameParts(junk)).not.toThrow();
    }
    expect(nameParts('OU=Zscaler Inc.,C=US')).toEqual({ commonNames: [], organizations: [] });
    expect(nameParts(undefined)).toEqual({ commonNames: [], organizations: [] });
  });
});

describe('authorityLabel', () => {
  it('prefers the CN, then the O, then the name as given', () => {
    expect(authorityLabel('CN=sightline-fixtures')).toBe('sightline-fixtures');
    expect(authorityLabel('OU=Unit,O=Only Org,C=GB')).toBe('Only Org');
    expect(authorityLabel('OU=Unit')).toBe('OU=Unit');
    expect(authorityLabel(`CN=${'a'.repeat(300)}`)).toHaveLength(200);
  });
});
