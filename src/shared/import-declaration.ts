// Importing a rep's declaration file into storage, the same from the options page and the welcome page:
// the same parsing and limits, the same messages, and a file that fails changes nothing stored.
import { describeDeclaration, parseDeclarationFile } from '../policy/declaration';
import { declarationsItem } from './declarations-store';
import { t } from './i18n';

export type ImportMessage = { error: boolean; text: string };

export async function importDeclarationFile(file: File): Promise<ImportMessage> {
  const parsed = parseDeclarationFile(file.size, file.size > 1024 * 1024 ? '' : await file.text());
  if (!parsed.ok) return { error: true, text: t('declarationImportFailed', file.name, parsed.error) };
  // Read now, not from a page's state: the other page may have changed what is stored.
  const stored = await declarationsItem.get();
  const replaced = stored.declarations.some((d) => d.id === parsed.declaration.id);
  await declarationsItem.set({
    ...stored,
    activeId: stored.activeId ?? parsed.declaration.id,
    declarations: [...stored.declarations.filter((d) => d.id !== parsed.declaration.id), parsed.declaration],
  });
  return {
    error: false,
    text: t(replaced ? 'declarationReplaced' : 'declarationImported', describeDeclaration(parsed.declaration)),
  };
}
