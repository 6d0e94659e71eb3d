// The transparency checklist from the ICO's "Monitoring workers" guidance (2023): workers should be told
// what is monitored, why, to what extent and how, how long it is kept, who sees it, and how to see and
// challenge it. For each point: how many declared items answer it, so a worker sees what the policy
// leaves out. The policy's own policy-wide sentences count for every item.
import type { Declaration, DeclaredItem } from './declaration';

export const TRANSPARENCY_POINTS = ['what', 'why', 'extent', 'how', 'retention', 'access', 'rights'] as const;
export type TransparencyPoint = (typeof TRANSPARENCY_POINTS)[number];

const ANSWERS: Record<TransparencyPoint, (item: DeclaredItem) => boolean> = {
  what: (i) => !!(i.product || i.kind || i.category || i.dataCaptured),
  why: (i) => !!i.purpose,
  extent: (i) => !!i.systems || i.frequency !== 'unknown',
  how: (i) => !!i.dataCaptured,
  retention: (i) => !!i.retention,
  access: (i) => !!i.access,
  rights: (i) => !!i.rights,
};

export interface ChecklistLine {
  point: TransparencyPoint;
  answered: number;
  total: number;
}

/** Points a policy can answer once for everything it declares (Declaration.statements). */
const POLICY_WIDE: readonly TransparencyPoint[] = ['retention', 'access', 'rights'];

/**
 * A policy-wide sentence (statements.retention, .access, .rights) answers its point for every item: a
 * policy that says "monitoring data is kept for 90 days" has said it for each tool it names.
 */
export function transparencyChecklist(declaration: Declaration): ChecklistLine[] {
  const statements = declaration.statements ?? {};
  return TRANSPARENCY_POINTS.map((point) => {
    const policyWide = POLICY_WIDE.includes(point) && !!statements[point as keyof typeof statements];
    return {
      point,
      answered: policyWide ? declaration.items.length : declaration.items.filter(ANSWERS[point]).length,
      total: declaration.items.length,
    };
  });
}
