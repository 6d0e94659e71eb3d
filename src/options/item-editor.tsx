// One declared item: a kind of monitoring (a browser category, or one no browser sees such as CCTV)
// and/or a named product, and the ICO's transparency points for it.
import type { DeclaredItem } from '../policy/declaration';
import { isBrowserCategory, isKindId, KIND_IDS, kindNameKey } from '../policy/kinds';
import { ruleCatalog } from '../rules/bundled-catalog';
import { t } from '../shared/i18n';
import { itemLabel } from '../policy/summary';

export function newItem(fields: Partial<DeclaredItem>): DeclaredItem {
  return { id: crypto.randomUUID(), frequency: 'unknown', dpia: 'unknown', workersConsulted: 'unknown', ...fields };
}

/** The kind, and the category that goes with it when it is a browser one (both cleared for none). */
function kindFields(value: string): Pick<DeclaredItem, 'kind' | 'category'> {
  if (!isKindId(value)) return { kind: undefined, category: undefined };
  return { kind: value, category: isBrowserCategory(value) ? value : undefined };
}

const PRODUCT_NAMES = [...new Set([...ruleCatalog.values()].map((r) => r.product))].sort();

interface Props {
  item: DeclaredItem;
  onChange: (item: DeclaredItem) => void;
  onRemove: () => void;
}

export function ItemEditor({ item, onChange, onRemove }: Props) {
  const set = (fields: Partial<DeclaredItem>) => onChange({ ...item, ...fields });
  const text = (
    key: 'purpose' | 'dataCaptured' | 'systems' | 'retention' | 'access' | 'lawfulBasis' | 'rights',
    hint?: string,
  ) => (
    <label>
      {t(`item_${key}`)}
      <textarea
        rows={2}
        value={item[key] ?? ''}
        placeholder={hint}
        onInput={(e) => set({ [key]: (e.target as HTMLTextAreaElement).value })}
      />
    </label>
  );
  const choice = <K extends 'frequency' | 'dpia' | 'workersConsulted'>(key: K, values: readonly DeclaredItem[K][]) => (
    <label>
      {t(`item_${key}`)}{' '}
      <select
        value={item[key]}
        onChange={(e) => set({ [key]: (e.target as HTMLSelectElement).value } as Partial<DeclaredItem>)}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`choice_${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <details class="item" data-testid="declared-item" open={!item.product && !item.kind && !item.category}>
      <summary>{itemLabel(item)}</summary>
      {item.quote && <blockquote class="quote">{item.quote}</blockquote>}
      <div class="grid">
        <label>
          {t('item_category')}{' '}
          <select
            value={item.kind ?? item.category ?? ''}
            data-testid="item-kind"
            onChange={(e) => set(kindFields((e.target as HTMLSelectElement).value))}
          >
            <option value="">{t('choice_none')}</option>
            {KIND_IDS.map((k) => (
              <option key={k} value={k}>
                {t(kindNameKey(k))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('item_product')}
          <input
            list="product-names"
            value={item.product ?? ''}
            onInput={(e) => set({ product: (e.target as HTMLInputElement).value, ruleId: undefined })}
          />
        </label>
        {choice('frequency', ['unknown', 'continuous', 'occasional'])}
        {choice('dpia', ['unknown', 'yes', 'no'])}
        {choice('workersConsulted', ['unknown', 'yes', 'no'])}
      </div>
      {text('purpose')}
      {text('dataCaptured')}
      {text('systems')}
      {text('retention')}
      {text('access')}
      {text('lawfulBasis')}
      {text('rights')}
      <datalist id="product-names">
        {PRODUCT_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p>
        <button type="button" onClick={onRemove}>
          {t('itemRemove')}
        </button>
      </p>
    </details>
  );
}
