// A failure in words a person can act on: the browser's or the validator's own reason, shortened, never
// a blank or a stack trace. Used wherever a button's work can fail (exports, report, clearing).
export function failureText(error: unknown): string {
  // A zod error's message is its issues as JSON; the first issue's path and message say it better.
  const issues = (error as { issues?: { path?: PropertyKey[]; message?: string }[] } | null)?.issues;
  if (Array.isArray(issues) && issues[0]?.message) {
    const path = (issues[0].path ?? []).map(String).join('.');
    return path ? `${path}: ${issues[0].message}` : issues[0].message;
  }
  const text =
    error instanceof Error
      ? error.name && error.name !== 'Error'
        ? `${error.name}: ${error.message}`
        : error.message
      : String(error);
  return (text || 'unknown error').slice(0, 300);
}
