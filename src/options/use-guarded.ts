// A button's work either does what it says or says in the page why it did not (role="alert"): never a
// silent failure. `guard(label, work)` gives the click handler; `failure` is the message to show.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { failureText } from './failure-text';

export function useGuarded(onFailure?: () => void) {
  const [failure, setFailure] = useState<string | null>(null);
  const guard = (label: string, work: () => void | Promise<void>) => async () => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      console.error(`Sightline: ${label} failed`, error);
      onFailure?.();
      setFailure(t('actionFailed', label, failureText(error)));
    }
  };
  return { failure, guard };
}
