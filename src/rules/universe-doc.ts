// docs/vendor-universe.md, generated from src/rules/universe (`npm run rules:docs`); a test keeps the committed
// file equal to what this renders.
import { UNIVERSE_CATEGORIES, universeCoverage, type CategorisedEntry, type Universe } from './universe';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function statusCell(entry: CategorisedEntry): string {
  if (entry.status === 'ruled') return `ruled: ${entry.rules.map(code).join(', ')}`;
  if (entry.status === 'excluded') return `excluded: ${cell(entry.reason)}`;
  return '**open**: not yet checked against a primary source';
}

export function renderUniverseDoc(universe: Universe, ruleDbVersion: string): string {
  const coverage = universeCoverage(universe);
  const total = universe.entries.length;
  const lines: string[] = [
    '# The vendor universe',
    '',
    `Generated from \`src/rules/universe\` by \`npm run rules:docs\` (rule database ${ruleDbVersion}). Do not edit by hand: a test compares this file with the data.`,
    '',
    "Every product below is named by at least one independent public list. Each is either **ruled** (a sourced rule in `src/rules/vendors` detects it), **excluded** with the reason and what was checked, or **open** (named by a list, not yet checked against a primary source). A product is never given a rule from a list entry alone: each rule cites the vendor's own documentation, allow-list page, store listing or SDK.",
    '',
    `${total} products: ${coverage.ruled} ruled, ${coverage.excluded} excluded with a reason, ${coverage.open} open.`,
    '',
    '| category | ruled | excluded | open |',
    '|---|---|---|---|',
    ...coverage.byCategory.map((c) => `| ${c.category} | ${c.ruled} | ${c.excluded} | ${c.open} |`),
    '',
    '## Lists enumerated',
    '',
    '| id | list | how candidates were picked |',
    '|---|---|---|',
    ...universe.lists.map(
      (l) =>
        `| ${code(l.id)} | ${l.url ? `[${cell(l.title)}](${l.url})` : `${cell(l.title)} (${cell(l.ref ?? '')})`}, read ${l.accessed} | ${cell(l.selection)} |`,
    ),
    '',
  ];
  for (const category of UNIVERSE_CATEGORIES) {
    const entries = universe.entries
      .filter((e) => e.category === category)
      .sort((a, b) => a.product.localeCompare(b.product, 'en'));
    if (entries.length === 0) continue;
    lines.push(`## ${category}`, '', '| product | vendor | named by | status |', '|---|---|---|---|');
    for (const e of entries) {
      const named = e.lists.map((l) => `${l.list}: ${cell(l.name)}`).join('; ');
      lines.push(`| ${cell(e.product)} | ${cell(e.vendor)} | ${named} | ${statusCell(e)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
