// Create or edit one declaration: the policy's details, its declared items, what it leaves out by the
// ICO's transparency points, and the policy reader that suggests items from the policy's own text.
import { useState } from 'preact/hooks';
import { Declaration, describeDeclaration, type DeclaredItem } from '../policy/declaration';
import { transparencyChecklist } from '../policy/transparency';
import { t, tc } from '../shared/i18n';
import { ItemEditor, newItem } from './item-editor';
import type { PolicyDraft } from './policy-draft';
import { PolicyReader } from './policy-reader';
import { PromisesEditor, StatementsEditor } from './promises-editor';

export function newDeclaration(): Declaration {
  return { format: 'sightline-declaration', version: 2, id: crypto.randomUUID(), employer: '', sites: [], items: [] };
}

/** Empty text fields are absent, not "", so the saved file stays small and the schema's limits apply. */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !(typeof v === 'string' && v.trim() === ''))) as T;
}

interface Props {
  initial: Declaration;
  draft: PolicyDraft | null;
  onSave: (declaration: Declaration) => Promise<void>;
  onCancel: () => void;
}

export function DeclarationEditor({ initial, draft, onSave, onCancel }: Props) {
  const [value, setValue] = useState<Declaration>(() => ({
    ...initial,
    url: initial.url ?? (draft?.url?.startsWith('http') ? draft.url : undefined),
    title: initial.title ?? draft?.title,
  }));
  const [sites, setSites] = useState(initial.sites.join(', '));
  const [error, setError] = useState<string | null>(null);
  const set = (fields: Partial<Declaration>) => setValue({ ...value, ...fields });
  const setItem = (index: number, item: DeclaredItem) =>
    set({ items: value.items.map((it, i) => (i === index ? item : it)) });

  const save = async (event: Event) => {
    event.preventDefault();
    const candidate = {
      ...withoutEmpty(value),
      sites: sites
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
      items: value.items.map((item) => withoutEmpty(item)),
    };
    const parsed = Declaration.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      setError(t('declarationInvalid', issue.path.join('.') || '—', issue.message));
      return;
    }
    setError(null);
    await onSave(parsed.data);
  };

  return (
    <form class="declaration-editor" onSubmit={(e) => void save(e)} noValidate data-testid="declaration-editor">
      <h3>{value.employer ? describeDeclaration(value) : t('declarationNew')}</h3>
      <div class="grid">
        <Field
          label={t('fieldEmployer')}
          required
          value={value.employer}
          testId="employer"
          onInput={(employer) => set({ employer })}
        />
        <Field label={t('fieldTitle')} value={value.title ?? ''} onInput={(title) => set({ title })} />
        <Field
          label={t('fieldUrl')}
          value={value.url ?? ''}
          testId="policy-url"
          type="url"
          onInput={(url) => set({ url: url || undefined })}
        />
        <Field
          label={t('fieldContact')}
          value={value.contact ?? ''}
          testId="policy-contact"
          onInput={(contact) => set({ contact })}
        />
        <Field
          label={t('fieldVersion')}
          value={value.policyVersion ?? ''}
          onInput={(policyVersion) => set({ policyVersion })}
        />
        <Field
          label={t('fieldDate')}
          value={value.date ?? ''}
          type="date"
          onInput={(date) => set({ date: date || undefined })}
        />
        <Field label={t('fieldSites')} hint={t('fieldSitesHint')} value={sites} onInput={setSites} />
      </div>

      <PolicyReader
        draft={draft}
        existing={value.items}
        existingPromises={value.promises ?? []}
        onAccept={(accepted) =>
          set({
            items: [...value.items, ...accepted.items],
            promises: [...(value.promises ?? []), ...accepted.promises],
            statements: withoutEmpty({ ...value.statements, ...accepted.statements }),
          })
        }
      />

      <h4>{t('itemsTitle', tc('item', value.items.length))}</h4>
      {value.items.map((item, index) => (
        <ItemEditor
          key={item.id}
          item={item}
          onChange={(next) => setItem(index, next)}
          onRemove={() => set({ items: value.items.filter((_, i) => i !== index) })}
        />
      ))}
      <p>
        <button type="button" data-testid="item-add" onClick={() => set({ items: [...value.items, newItem({})] })}>
          {t('itemAdd')}
        </button>
      </p>

      <PromisesEditor promises={value.promises ?? []} onChange={(promises) => set({ promises })} />
      <StatementsEditor
        statements={value.statements ?? {}}
        onChange={(statements) => set({ statements: withoutEmpty(statements) })}
      />

      <Checklist declaration={value} />

      {error && (
        <p class="error" role="alert" data-testid="declaration-error">
          {error}
        </p>
      )}
      <p class="actions">
        <button type="submit" data-testid="declaration-save">
          {t('save')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}

function Checklist({ declaration }: { declaration: Declaration }) {
  if (declaration.items.length === 0) return null;
  return (
    <div class="checklist" data-testid="checklist">
      <h4>{t('checklistTitle')}</h4>
      <ul>
        {transparencyChecklist(declaration).map((line) => (
          <li key={line.point} class={line.answered === 0 ? 'gap' : ''}>
            {line.answered === 0 ? '✗' : '✓'} {t(`ico_${line.point}`)}:{' '}
            {t('checklistAnswered', String(line.answered), tc('item', line.total))}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: string;
  required?: boolean;
  hint?: string;
  testId?: string;
}

export function Field({ label, value, onInput, type = 'text', required, hint, testId }: FieldProps) {
  const id = `f-${label.replace(/\W+/g, '-').toLowerCase()}-${Math.random().toString(36).slice(2, 7)}`;
  return (
    <label for={id}>
      {label}
      {required ? ' *' : ''}
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        data-testid={testId}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
      {hint && (
        <span id={`${id}-hint`} class="meta">
          {hint}
        </span>
      )}
    </label>
  );
}
