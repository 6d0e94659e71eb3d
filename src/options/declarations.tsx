// The employer's declared monitoring policies: list, import, export, delete, choose the active one, and
// create or edit one (with help from the policy text). An import that fails changes nothing stored.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { describeDeclaration, serialiseDeclaration, type Declaration } from '../policy/declaration';
import { declarationsItem, type StoredDeclarations } from '../shared/declarations-store';
import { downloadText } from '../shared/download';
import { t, tc } from '../shared/i18n';
import { importDeclarationFile } from '../shared/import-declaration';
import { POLICY_DRAFT_KEY } from '../shared/policy-page';
import { DeclarationEditor, newDeclaration } from './declaration-editor';
import type { PolicyDraft } from './policy-draft';

type Message = { error: boolean; text: string } | null;

export function Declarations() {
  const [stored, setStored] = useState<StoredDeclarations>({ version: 1, declarations: [] });
  const [editing, setEditing] = useState<Declaration | null>(null);
  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  useEffect(() => {
    void declarationsItem.get().then(async (current) => {
      setStored(current);
      // Arrived from the popup's "this tab is my employer's policy": start from that page's text.
      if (location.hash === '#read-policy') {
        const page = (await browser.storage.session.get(POLICY_DRAFT_KEY))[POLICY_DRAFT_KEY] as PolicyDraft | undefined;
        if (page?.text) {
          setDraft(page);
          setEditing(current.declarations.find((d) => d.id === current.activeId) ?? newDeclaration());
          document.getElementById('declarations-h')?.scrollIntoView();
        }
      }
    });
    return declarationsItem.watch(setStored);
  }, []);

  const save = async (declaration: Declaration) => {
    const others = stored.declarations.filter((d) => d.id !== declaration.id);
    await declarationsItem.set({
      ...stored,
      activeId: stored.activeId ?? declaration.id,
      declarations: [...others, declaration],
    });
    setEditing(null);
    setDraft(null);
    setMessage({ error: false, text: t('declarationSaved', describeDeclaration(declaration)) });
  };

  const importFile = async (file: File | undefined) => {
    if (file) setMessage(await importDeclarationFile(file));
  };

  const remove = async (id: string) => {
    const declarations = stored.declarations.filter((d) => d.id !== id);
    await declarationsItem.set({
      ...stored,
      declarations,
      activeId: stored.activeId === id ? declarations[0]?.id : stored.activeId,
    });
    setConfirmDelete(null);
  };

  if (editing) {
    return (
      <section aria-labelledby="declarations-h" id="declarations">
        <h2 id="declarations-h">{t('declarationsTitle')}</h2>
        <DeclarationEditor
          initial={editing}
          draft={draft}
          onSave={save}
          onCancel={() => (setEditing(null), setDraft(null))}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby="declarations-h" id="declarations" data-testid="declarations">
      <h2 id="declarations-h">{t('declarationsTitle')}</h2>
      <p>{t('declarationsBody')}</p>
      {stored.declarations.length === 0 ? (
        <p data-testid="declarations-empty">{t('declarationsEmpty')}</p>
      ) : (
        <ul class="declarations">
          {stored.declarations.map((d) => (
            <li key={d.id} data-testid="declaration-row">
              <label>
                <input
                  type="radio"
                  name="active-declaration"
                  checked={stored.activeId === d.id}
                  onChange={() => void declarationsItem.set({ ...stored, activeId: d.id })}
                />{' '}
                <strong>{describeDeclaration(d)}</strong>
              </label>{' '}
              <span class="meta">
                {t('declarationItems', tc('item', d.items.length))}
                {d.sites.length > 0 ? ` · ${t('declarationSites', d.sites.join(', '))}` : ''}
              </span>{' '}
              <button type="button" onClick={() => setEditing(d)}>
                {t('edit')}
              </button>{' '}
              <button
                type="button"
                onClick={() =>
                  downloadText(`sightline-declaration-${d.id}.json`, 'application/json', serialiseDeclaration(d))
                }
              >
                {t('exportFile')}
              </button>{' '}
              {confirmDelete === d.id ? (
                <>
                  <button type="button" onClick={() => void remove(d.id)}>
                    {t('deleteYes')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirmDelete(null)}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirmDelete(d.id)}>
                  {t('delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        <button type="button" data-testid="declaration-new" onClick={() => setEditing(newDeclaration())}>
          {t('declarationNew')}
        </button>{' '}
        <label class="file-button">
          {t('declarationImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="declaration-import"
            onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </p>
      {message && (
        <p
          class={message.error ? 'error' : 'ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="declaration-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
