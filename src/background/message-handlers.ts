// Every message the background answers, in one object (a missing handler is a compile error). Who may
// send each one is in the contract (shared/messages.ts) and enforced before a handler runs
// (shared/messaging.ts): evidence commands are taken only from the extension's own pages.
import { clearEvidence, flushAllPending, recordWorkerReport } from '../shared/evidence-db';
import { reportDraft } from '../evidence/seal/seal-report';
import { handleMessages } from '../shared/browser-messaging';
import { checkInstalled, recordInstalled } from './extensions';

handleMessages({
  'flush-evidence': async ({ renewSalts }) => ({ written: await flushAllPending(Date.now(), renewSalts === true) }),
  'clear-evidence': async () => ({ removed: await clearEvidence() }),
  'check-extensions': async ({ installed }) => {
    const extensions = await checkInstalled(installed);
    return { granted: extensions !== null, extensions: extensions ?? [] };
  },
  'record-extensions': async ({ installed }) => recordInstalled(installed),
  'record-worker-report': async (report) => ({ seq: await recordWorkerReport(reportDraft(report, Date.now())) }),
});
