// Load the declaration file a union rep prepared: the same parsing, limits and messages as the options
// page's import (src/options/declarations.tsx). A file that fails changes nothing stored.
import { useState } from 'preact/hooks';
import { describeDeclaration, parseDeclarationFile } from '../policy/declaration';
import { declarationsItem } from '../shared/declarations-store';
import { t } from '../shared/i18n';

type Message = { error: boolean; text: string } | null;

export function ImportDeclaration() {
  const [message, setMessage] = useState<Message>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseDeclarationFile(file.size, file.size > 1024 * 1024 ? '' : await file.text());
    if (!parsed.ok) {
      setMessage({ error: true, text: t('declarationImportFailed', file.name, parsed.error) });
      return;
    }
    const stored = await declarationsItem.get();
    const replaced = stored.declarations.some((d) => d.id === parsed.declaration.id);
    await declarationsItem.set({
      ...stored,
      activeId: stored.activeId ?? parsed.declaration.id,
      declarations: [...stored.declarations.filter((d) => d.id !== parsed.declaration.id), parsed.declaration],
    });
    setMessage({ error: false, text: t(replaced ? 'declarationReplaced' : 'declarationImported', describeDeclaration(parsed.declaration)) });
  };
  return (
    <section aria-labelledby="welcome-policy-h">
      <h2 id="welcome-policy-h">{t('welcomePolicyTitle')}</h2>
      <p>{t('welcomePolicyBody')}</p>
      <p>
        <label class="file-button">
          {t('declarationImport')}{' '}
          <input type="file" accept="application/json,.json" data-testid="welcome-declaration-import" onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </p>
      {message && (
        <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'} data-testid="welcome-declaration-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
