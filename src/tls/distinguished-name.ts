// The parts of a certificate's distinguished name that name an authority: its common name (CN) and
// organization (O). Firefox gives names as NSS prints them, most specific first, e.g.
//   CN=Zscaler Intermediate Root CA (zscaler.net),OU=Zscaler Inc.,O=Zscaler Inc.,ST=California,C=US
// with a value in double quotes when it holds a separator ("Example, Inc."), and backslash escapes
// inside quotes; RFC 4514's backslash escapes outside quotes are read too. Total: never throws.

export interface NameParts {
  commonNames: string[];
  organizations: string[];
}

const COMMON_NAME = new Set(['CN', '2.5.4.3', 'OID.2.5.4.3']);
const ORGANIZATION = new Set(['O', '2.5.4.10', 'OID.2.5.4.10']);

/** Split "A=x,B=y+C=z" into [type, value] pairs, honouring quotes and escapes. */
function attributes(name: string): [string, string][] {
  const pairs: [string, string][] = [];
  let type = '';
  let value = '';
  let inValue = false;
  let quoted = false;
  let wasQuoted = false;
  const finish = () => {
    if (inValue) pairs.push([type.trim().toUpperCase(), wasQuoted ? value : value.trim()]);
    type = '';
    value = '';
    inValue = false;
    wasQuoted = false;
  };
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (!inValue) {
      if (c === '=') inValue = true;
      else if (c === ',' || c === '+' || c === ';') type = '';
      else type += c;
      continue;
    }
    if (c === '\\' && i + 1 < name.length) {
      // "\," (a character) or "\2C" (a hex byte, RFC 4514).
      const hex = /^[0-9A-Fa-f]{2}/.exec(name.slice(i + 1, i + 3))?.[0];
      value += hex ? String.fromCharCode(parseInt(hex, 16)) : name[i + 1];
      i += hex ? 2 : 1;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"' && value.trim() === '') {
      quoted = true;
      wasQuoted = true;
      value = '';
    } else if (c === ',' || c === '+' || c === ';') {
      finish();
    } else if (!wasQuoted) {
      value += c;
    }
  }
  finish();
  return pairs;
}

export function nameParts(name: string | undefined): NameParts {
  const parts: NameParts = { commonNames: [], organizations: [] };
  if (typeof name !== 'string' || name.length > 4096) return parts;
  for (const [type, value] of attributes(name)) {
    if (!value) continue;
    if (COMMON_NAME.has(type)) parts.commonNames.push(value);
    else if (ORGANIZATION.has(type)) parts.organizations.push(value);
  }
  return parts;
}

/** A short name for an authority, for people: its CN, else its O, else the name as given (cut short). */
export function authorityLabel(name: string | undefined): string {
  const parts = nameParts(name);
  const label = parts.commonNames[0] ?? parts.organizations[0] ?? (name ?? '').trim();
  return label.length > 200 ? `${label.slice(0, 199)}…` : label;
}
