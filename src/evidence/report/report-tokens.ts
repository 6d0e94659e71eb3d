// The design tokens the printable report uses, light and dark. The report is one self-contained file
// (nothing it could link to travels with it), so it carries its own copy of the shared tokens
// (src/ui/tokens.css); report-tokens.test.ts fails when a value here drifts from that file. The chart
// colours are the app page's (src/options/app.css) so the report's bars match the rep view's.
export const LIGHT_TOKENS = {
  '--ink': '#1f2933',
  '--muted': '#4b5563',
  '--paper': '#fff',
  '--panel': '#f3f4f6',
  '--line': '#d1d5db',
  '--link': '#1d4ed8',
  '--alert-line': '#b91c1c',
  '--neutral-line': '#6b7280',
} as const;

export const DARK_TOKENS: Record<keyof typeof LIGHT_TOKENS, string> = {
  '--ink': '#e5e7eb',
  '--muted': '#9ca3af',
  '--paper': '#111827',
  '--panel': '#1f2937',
  '--line': '#374151',
  '--link': '#93c5fd',
  '--alert-line': '#f87171',
  '--neutral-line': '#9ca3af',
};

/** Chart fills (app.css): the same in both schemes, as in the app page; hatching carries the meaning. */
export const CHART_TOKENS = {
  '--st-undeclared': '#f4c7c3',
  '--st-hatch': '#8e1b14',
  '--s0': '#2563eb',
  '--s2': '#7c3aed',
} as const;

const block = (tokens: Record<string, string>): string =>
  Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');

/**
 * Light tokens on :root; dark ones only on a screen that asks for them, so a printout stays light
 * (ink on white paper) whatever the screen's scheme.
 */
export const REPORT_TOKENS_CSS = `:root { color-scheme: light dark; ${block(LIGHT_TOKENS)} ${block(CHART_TOKENS)} }
@media screen and (prefers-color-scheme: dark) { :root { ${block(DARK_TOKENS)} } }
@media print { :root { color-scheme: light; } }
`;
