// Load the declaration file a union rep prepared: the same parsing, limits and messages as the options
// page's import (src/options/declarations.tsx). A file that fails changes nothing stored.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { importDeclarationFile } from '../shared/import-declaration';

type Message = { error: boolean; text: string } | null;

export function ImportDeclaration() {
  const [message, setMessage] = useState<Message>(null);
  const importFile = async (file: File | undefined) => {
    if (file) setMessage(await importDeclarationFile(file));
  };
  return (
    <section aria-labelledby="welcome-policy-h">
      <h2 id="welcome-policy-h">{t('welcomePolicyTitle')}</h2>
      <p>{t('welcomePolicyBody')}</p>
      <p>
        <label class="file-button">
          {t('declarationImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="welcome-declaration-import"
            onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </p>
      {message && (
        <p
          class={message.error ? 'error' : 'ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="welcome-declaration-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
