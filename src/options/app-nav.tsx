// The app page's navigation: one link per section, the current one marked for assistive technology.
import { ROUTES, type Route } from '../dashboard/routes';
import { t } from '../shared/i18n';

export function AppNav({ route }: { route: Route }) {
  return (
    <nav class="app-nav" aria-label={t('dashNavLabel')} data-testid="app-nav">
      <ul>
        {ROUTES.map((id) => (
          <li key={id}>
            <a href={`#${id}`} data-testid={`nav-${id}`} aria-current={route === id ? 'page' : undefined}>
              {t(`dashNav_${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
