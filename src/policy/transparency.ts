// The transparency checklist from the ICO's "Monitoring workers" guidance (2023): workers should be told
// what is monitored, why, to what extent and how, how long it is kept, who sees it, and how to see and
// challenge it. For each point: how many declared items answer it, so a worker sees what the policy
// leaves out.
import type { Declaration, DeclaredItem } from './declaration';

export const TRANSPARENCY_POINTS = ['what', 'why', 'extent', 'how', 'retention', 'access', 'rights'] as const;
export type TransparencyPoint = (typeof TRANSPARENCY_POINTS)[number];

const ANSWERS: Record<TransparencyPoint, (item: DeclaredItem) => boolean> = {
  what: (i) => !!(i.product || i.category || i.dataCaptured),
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

export function transparencyChecklist(declaration: Declaration): ChecklistLine[] {
  return TRANSPARENCY_POINTS.map((point) => ({
    point,
    answered: declaration.items.filter(ANSWERS[point]).length,
    total: declaration.items.length,
  }));
}
