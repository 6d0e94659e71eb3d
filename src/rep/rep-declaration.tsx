// The employer's declaration, loaded by the rep (who usually prepared it): with it, the merged figures and
// reports say declared or undeclared against that policy as it is now, list what it declares but no
// member saw, and hold its promises against what members saw. Without it, they say what each member's log
// recorded. Read with the same parser as the options page; never stored.
import { useState } from 'preact/hooks';
import { describeDeclaration, parseDeclarationFile, type Declaration } from '../policy/declaration';
import { t } from '../shared/i18n';

export function RepDeclaration({ onChange }: { onChange: (declaration: Declaration | null) => void }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseDeclarationFile(file.size, file.size > 1024 * 1024 ? '' : await file.text());
    if (!parsed.ok) {
      setMessage({ error: true, text: t('repDeclarationFailed', file.name, parsed.error) });
      return;
    }
    onChange(parsed.declaration);
    setMessage({ error: false, text: t('repDeclarationLoaded', describeDeclaration(parsed.declaration)) });
  };
  return (
    <p class="rep-declaration">
      <label>
        {t('repDeclaration')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="rep-declaration"
          onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
      {message && (
        <span
          class={message.error ? 'error' : 'meta'}
          role={message.error ? 'alert' : 'status'}
          data-testid="rep-declaration-message"
        >
          {' '}
          {message.text}
        </span>
      )}
    </p>
  );
}
