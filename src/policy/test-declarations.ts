// Builders for policy tests.
import { Declaration, type DeclarationInput, type DeclaredItem } from './declaration';

let next = 0;
export function item(fields: Partial<DeclaredItem>): DeclaredItem {
  next += 1;
  return { id: `i${next}`, frequency: 'unknown', dpia: 'unknown', workersConsulted: 'unknown', ...fields };
}

export function declaration(fields: Partial<DeclarationInput> = {}): Declaration {
  return Declaration.parse({
    format: 'sightline-declaration',
    version: 2,
    id: 'contoso-2026',
    employer: 'Contoso Ltd',
    ...fields,
  });
}
