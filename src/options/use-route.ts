// The section the address names (#overview, #evidence …), kept in step with the address, so the
// browser's back and forward buttons, links and bookmarks move between sections. On navigation the
// section's first heading takes focus, so a keyboard or screen-reader user lands where they went.
import { useEffect, useRef, useState } from 'preact/hooks';
import { routeOf, type Route } from '../dashboard/routes';

export function useRoute(): { route: Route; container: preact.RefObject<HTMLDivElement> } {
  const [route, setRoute] = useState<Route>(() => routeOf(location.hash));
  const container = useRef<HTMLDivElement>(null);
  const navigated = useRef(false);
  useEffect(() => {
    const onHash = () => {
      navigated.current = true;
      setRoute(routeOf(location.hash));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    // Only after a move within the page: on first load the browser's own anchor handling stands.
    if (!navigated.current) return;
    const heading = container.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [route]);
  return { route, container };
}
