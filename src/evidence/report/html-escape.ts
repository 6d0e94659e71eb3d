// Escaping for the printable report. Everything in a report model came from pages, hostnames or
// imported files, so it is text, never markup: the `html` tag escapes every interpolated value unless
// it is already SafeHtml (a fragment built with the same tag), so forgetting to escape is not possible.

/** A fragment of markup built by `html` (or a trusted constant passed through `trustedHtml`). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: literal parts are markup, interpolated values are escaped (fragments nest as-is). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** For constants written in this code (the style sheet), never for model data. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** The URL normalised when it is an absolute http(s) URL, else null (so no javascript:, data:, file:). */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
