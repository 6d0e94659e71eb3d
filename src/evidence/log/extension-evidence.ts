// Extension findings as evidence-log entries, and back. An entry records what the browser reported —
// install type, on or off, the risky API permissions and the host patterns — not Sightline's reading of
// it, so the plain words can improve without changing the record. The evidence is one line a person can
// read in the log table or a CSV and a program can parse (docs/export-format.md):
//   extension <id> "<name>" <version>; install <type>; enabled|disabled; permissions <p> <p>; hosts <h> <h>
import type { RuleSummary } from '../../rules/catalog';
import { statusOf } from '../../policy/compare';
import { describeDeclaration, type Declaration } from '../../policy/declaration';
import { comparedStatus, toPersistedDeclared } from '../../policy/declared-status';
import { declarationText } from './limits';
import { BROWSER_SITE, type EntryDraft } from './entry';
import { INSTALL_TYPES, type InstallType } from '../../extensions/installed-extension';
import type { ExtensionFinding } from '../../extensions/check-extensions';

/** The evidence field holds at most 2,100 characters; host patterns past this budget are counted, not listed. */
const EVIDENCE_BUDGET = 2000;
const MAX_EVIDENCE = 2100;

/** Whitespace and ";" would break the line into the wrong fields: percent-encode them. */
const token = (value: string): string =>
  value.replace(/[\s;%]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const untoken = (value: string): string =>
  value.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export function extensionEvidence(
  finding: Pick<
    ExtensionFinding,
    'id' | 'name' | 'version' | 'installType' | 'enabled' | 'riskyPermissions' | 'hostPermissions'
  >,
): string {
  // A name is clipped so the fixed fields always fit (a store name is at most 75 characters anyway).
  const head = `extension ${token(finding.id)} ${JSON.stringify(finding.name.slice(0, 120))} ${token(finding.version) || '-'}; install ${finding.installType}; ${finding.enabled ? 'enabled' : 'disabled'}; permissions${finding.riskyPermissions.map((p) => ` ${token(p)}`).join('')}; hosts`;
  let text = head;
  let listed = 0;
  for (const host of finding.hostPermissions) {
    const next = ` ${token(host)}`;
    if (text.length + next.length > EVIDENCE_BUDGET) break;
    text += next;
    listed++;
  }
  const left = finding.hostPermissions.length - listed;
  // Only a hostile id or version could pass the budget; the entry must still fit its field.
  return (left > 0 ? `${text} +${left}` : text).slice(0, MAX_EVIDENCE);
}

export interface ExtensionEvidence {
  id: string;
  name: string;
  version: string;
  installType: InstallType;
  enabled: boolean;
  riskyPermissions: string[];
  hostPermissions: string[];
  /** Host patterns left out for length. */
  moreHosts: number;
}

const EVIDENCE_LINE =
  /^extension (\S+) ("(?:[^"\\]|\\.)*") (\S+); install (\w+); (enabled|disabled); permissions((?: [^\s;]+)*); hosts((?: [^\s;]+)*)$/;

/** Read an extension entry's evidence back; null when it is not in this form (or was redacted away). */
export function readExtensionEvidence(evidence: string | undefined): ExtensionEvidence | null {
  const m = evidence === undefined ? null : EVIDENCE_LINE.exec(evidence);
  if (!m) return null;
  let name: unknown;
  try {
    name = JSON.parse(m[2]!);
  } catch {
    return null;
  }
  const installType = (INSTALL_TYPES as readonly string[]).includes(m[4]!) ? (m[4] as InstallType) : 'other';
  const hostTokens = m[7]!.split(' ').filter(Boolean);
  const more = /^\+(\d+)$/.exec(hostTokens.at(-1) ?? '');
  if (more) hostTokens.pop();
  return {
    id: untoken(m[1]!),
    name: typeof name === 'string' ? name : '',
    version: m[3] === '-' ? '' : untoken(m[3]!),
    installType,
    enabled: m[5] === 'enabled',
    riskyPermissions: m[6]!.split(' ').filter(Boolean).map(untoken),
    hostPermissions: hostTokens.map(untoken),
    moreHosts: more ? Number(more[1]) : 0,
  };
}

export interface ExtensionDraftContext {
  at: number;
  ruleDbVersion: string;
  /** For known products: the rule catalog and the employer's active declaration, to say declared or not. */
  catalog: ReadonlyMap<string, RuleSummary>;
  declaration: Declaration | null;
}

/**
 * One entry per finding. The signal value is the id and version, so a new version (new permissions,
 * or a hijacked release) starts a new row in the log rather than being counted as the old one.
 */
export function extensionDrafts(findings: readonly ExtensionFinding[], context: ExtensionDraftContext): EntryDraft[] {
  return findings.map((finding) => {
    const draft: EntryDraft = {
      kind: 'first_seen',
      at: context.at,
      site: BROWSER_SITE,
      ruleId: finding.rule?.id,
      product: finding.rule?.product,
      category: finding.rule?.category,
      signalKind: 'extension_id',
      signalValue: `${finding.id} ${finding.version}`.trim().slice(0, 600),
      evidence: extensionEvidence(finding),
      source: 'browser',
      count: 1,
      firstAt: context.at,
      lastAt: context.at,
      ruleDbVersion: context.ruleDbVersion,
    };
    const rule = finding.rule && context.catalog.get(finding.rule.id);
    if (rule && context.declaration) {
      const status = statusOf(rule, context.declaration);
      draft.declaration = declarationText(context.declaration.id, describeDeclaration(context.declaration));
      draft.declared = toPersistedDeclared(comparedStatus(status));
    }
    return draft;
  });
}
