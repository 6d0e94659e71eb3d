import type { TabDetections } from '../shared/tab-detections';
import type { Rule } from '../rules/schema';
import { CAPABILITY_TEXT, CATEGORY_TEXT } from '../rules/taxonomy';
import { t } from '../shared/i18n';

interface Props {
  detections: TabDetections | null;
  rules: ReadonlyMap<string, Rule>;
}

export function TabView({ detections, rules }: Props) {
  const found = Object.entries(detections?.products ?? {}).flatMap(([id, seen]) => {
    const rule = rules.get(id);
    return rule ? [{ rule, seen }] : [];
  });
  return (
    <>
      <h1>Sightline</h1>
      <p class="verdict" data-testid="verdict" data-state={found.length > 0 ? 'seen' : 'none'}>
        {found.length > 0 ? t('popupSeen', String(found.length)) : t('popupNothingSeen')}
      </p>
      <ul data-testid="findings">
        {found.map(({ rule, seen }) => (
          <li key={rule.id} data-testid={`finding-${rule.id}`}>
            <strong>{rule.product}</strong> ({CATEGORY_TEXT[rule.category].name}): can capture{' '}
            {rule.capabilities.map((c) => CAPABILITY_TEXT[c]).join(', ')}. Seen {seen.count}× ({seen.evidence}).
          </li>
        ))}
      </ul>
      <p class="limits">{t('popupCannotSee')}</p>
    </>
  );
}
