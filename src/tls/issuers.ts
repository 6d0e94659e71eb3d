// Known TLS-inspection products and the certificate-authority names they re-sign traffic with
// (src/rules/tls-issuers.json). The zod schema is the source of truth; the file is validated at build
// time (scripts/vite-plugin-rules.ts) and the extension receives only the flat list of names below.
// Every name is copied from a cited source (the detail says where); a test checks each one appears
// there, so no name is ever made up.
import { z } from 'zod';

export const TlsIssuerSource = z.strictObject({
  url: z.url(),
  title: z.string().min(3),
  kind: z.enum(['vendor_docs', 'other']),
  accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Where in the source the names were read, quoted. Required: it is the evidence for each name. */
  detail: z.string().min(20),
});

export const TlsIssuerEntry = z.strictObject({
  product: z.string().min(1),
  vendor: z.string().min(1),
  /** Issuer names as the source gives them. */
  issuer_match: z
    .array(
      z
        .string()
        .regex(/^\S(?:.*\S)?$/, 'a name without surrounding spaces')
        .min(2),
    )
    .min(1),
  /** Which part of the issuer's distinguished name they are: CN or O. */
  field: z.enum(['common_name', 'organization']),
  /** "prefix" where the source's pattern continues with a device-specific part (e.g. "Sophos_CA_<code>"). */
  match: z.enum(['exact', 'prefix']).default('exact'),
  sources: z.array(TlsIssuerSource).min(1),
});
export type TlsIssuerEntry = z.infer<typeof TlsIssuerEntry>;

export const TlsIssuerFile = z.array(TlsIssuerEntry).min(1);

/** One issuer name, as the matcher uses it. */
export interface IssuerName {
  product: string;
  vendor: string;
  field: 'common_name' | 'organization';
  name: string;
  prefix: boolean;
}

/** Validate the file; problems name the entry and field, as the build prints them. */
export function lintTlsIssuers(data: unknown): { names: IssuerName[]; problems: string[] } {
  const parsed = TlsIssuerFile.safeParse(data);
  if (!parsed.success) {
    return {
      names: [],
      problems: parsed.error.issues.map(
        (issue) => `tls-issuers.json ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
      ),
    };
  }
  const names = parsed.data.flatMap((entry) =>
    entry.issuer_match.map((name) => ({
      product: entry.product,
      vendor: entry.vendor,
      field: entry.field,
      name,
      prefix: entry.match === 'prefix',
    })),
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { field, name } of names) {
    const key = `${field}=${name}`;
    if (seen.has(key)) problems.push(`tls-issuers.json: ${key} is listed twice`);
    seen.add(key);
  }
  return { names, problems };
}
