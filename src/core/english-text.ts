// English text for message keys, read straight from _locales/en for pure code (reports, CSV, tests),
// with $1-style placeholders filled in the way browser.i18n fills them.
import englishMessages from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { Translate } from './translate';

const messages = englishMessages as Record<string, { message: string } | undefined>;

/** English text for a message key, with $1-style placeholders filled in (pure, for reports and tests). */
export const englishText: Translate = (key, ...substitutions) => {
  const entry = messages[key];
  if (!entry) return key;
  const placeholders = (entry as { placeholders?: Record<string, { content: string }> }).placeholders ?? {};
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    const index = Number(/^\$(\d)$/.exec(content)?.[1] ?? 0);
    return index > 0 ? (substitutions[index - 1] ?? '') : content;
  });
};
