// The report's copy of the design tokens must equal the shared ones (src/ui/tokens.css, and the app
// page's chart colours in src/options/app.css), and its style sheet must take every colour from them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_TOKENS, DARK_TOKENS, LIGHT_TOKENS } from './report-tokens';
import { REPORT_CSS } from './report-style';

const css = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const TOKENS = css('../../ui/tokens.css');
const APP = css('../../options/app.css');
const darkStart = TOKENS.indexOf('@media (prefers-color-scheme: dark)');

/** The value a block of CSS gives a custom property. */
function valueIn(block: string, name: string): string | undefined {
  return new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
}

describe('report tokens', () => {
  it('equal the shared light and dark tokens', () => {
    expect(darkStart).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(LIGHT_TOKENS))
      expect({ name, value }).toEqual({ name, value: valueIn(TOKENS.slice(0, darkStart), name) });
    for (const [name, value] of Object.entries(DARK_TOKENS))
      expect({ name, value }).toEqual({ name, value: valueIn(TOKENS.slice(darkStart), name) });
  });

  it("use the app page's chart colours", () => {
    for (const [name, value] of Object.entries(CHART_TOKENS))
      expect({ name, value }).toEqual({ name, value: valueIn(APP, name) });
  });

  it('are the only colours in the style sheet, with dark only on screen so a printout stays light', () => {
    const tokenBlocks = REPORT_CSS.slice(0, REPORT_CSS.indexOf('@media print { :root'));
    const rest = REPORT_CSS.slice(REPORT_CSS.indexOf('@media print { :root'));
    expect(rest).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(/i);
    expect(tokenBlocks).toContain('@media screen and (prefers-color-scheme: dark)');
    expect(REPORT_CSS).not.toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(REPORT_CSS).toMatch(/body \{[^}]*color: var\(--ink\); background: var\(--paper\)/);
  });
});
