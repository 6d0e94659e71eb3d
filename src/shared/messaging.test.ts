// The receiver holds every message to its route before a handler runs, and the sender reports a bad
// answer as an error. A small fake of the browser's runtime carries messages between a page's end and
// the background's end (copying them, as the browser does) and names the sender the way the browser
// would: messaging.ts itself runs unchanged.
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../core/envelope';
import { handleMessagesOn, messageListener, sendMessageOn, type Handlers, type MessageListener } from './messaging';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE_BASE = `chrome-extension://${OWN_ID}/`;
const OPTIONS_URL = `${PAGE_BASE}src/options/index.html`;

const SENDERS = {
  optionsTab: { id: OWN_ID, url: OPTIONS_URL, frameId: 0, tab: { id: 4 } },
  popup: { id: OWN_ID, url: `${PAGE_BASE}src/popup/index.html` },
  otherExtension: { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: 'chrome-extension://zyxw/page.html', frameId: 0 },
  webPageFrame: { url: 'https://tracker.example/frame.html', frameId: 7, tab: { id: 4 } },
  ownPageInAFrame: { id: OWN_ID, url: OPTIONS_URL, frameId: 7, tab: { id: 4 } },
  contentContext: { id: OWN_ID, url: 'https://work.example/app', frameId: 0, tab: { id: 4 } },
  lookalikeUrl: { id: OWN_ID, url: `https://work.example/${PAGE_BASE}`, frameId: 0, tab: { id: 4 } },
} as unknown as Record<string, Runtime.MessageSender>;

/** A background with handlers that note each call, and a page end that sends as `sender`. */
function connect(sender: Runtime.MessageSender, answer: (name: string) => unknown = () => undefined) {
  const calls: string[] = [];
  const listeners: MessageListener[] = [];
  const handled = (name: string, fallback: unknown) => async () => {
    calls.push(name);
    return answer(name) ?? fallback;
  };
  const handlers: Handlers<'background'> = {
    'flush-evidence': handled('flush-evidence', { written: 3 }) as Handlers<'background'>['flush-evidence'],
    'clear-evidence': handled('clear-evidence', { removed: 2 }) as Handlers<'background'>['clear-evidence'],
    'check-extensions': handled('check-extensions', { granted: true, extensions: [] }) as never,
    'record-extensions': handled('record-extensions', { granted: true, recorded: 1 }) as never,
    'record-worker-report': handled('record-worker-report', { seq: 7 }) as never,
  };
  handleMessagesOn(
    { id: OWN_ID, getURL: (path) => PAGE_BASE + path, onMessage: { addListener: (l) => listeners.push(l) } },
    'background',
    handlers,
  );
  const page = {
    async sendMessage(message: unknown): Promise<unknown> {
      for (const listener of listeners) {
        const reply = listener(structuredClone(message), sender);
        if (reply !== undefined) return structuredClone(await reply);
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
  };
  return { calls, page, listener: listeners[0]! };
}

describe('the receiver', () => {
  it.each(['optionsTab', 'popup'])('answers an extension page (%s) through the handler', async (who) => {
    const { calls, page } = connect(SENDERS[who]!);
    await expect(sendMessageOn(page, 'extension-page', 'flush-evidence', { renewSalts: true })).resolves.toEqual({
      written: 3,
    });
    expect(calls).toEqual(['flush-evidence']);
  });

  it.each([
    ['otherExtension', 'other-extension'],
    ['webPageFrame', 'web-page'],
    ['ownPageInAFrame', 'extension-frame'],
    ['contentContext', 'content'],
    ['lookalikeUrl', 'content'],
  ])('refuses a message from %s, naming it (%s), and runs no handler', async (who, kind) => {
    const { calls, page } = connect(SENDERS[who]!);
    await expect(sendMessageOn(page, 'extension-page', 'clear-evidence', {})).rejects.toThrow(
      `refused "clear-evidence": it is accepted only from extension-page, not from ${kind}`,
    );
    expect(calls).toEqual([]);
  });

  it('leaves a message addressed to another context unanswered, even given a handler for it', () => {
    let ran = false;
    const pageReceiver = messageListener({ id: OWN_ID, pageBase: PAGE_BASE }, 'extension-page', {
      'flush-evidence': async () => {
        ran = true;
        return { written: 0 };
      },
    } as never);
    const reply = pageReceiver({ sightline: 1, name: 'flush-evidence', payload: {} }, SENDERS.optionsTab!);
    expect(reply).toBeUndefined();
    expect(ran).toBe(false);
  });

  it('refuses a malformed payload with the field and the problem, and runs no handler', async () => {
    const { calls, listener } = connect(SENDERS.optionsTab!);
    const send = (name: string, payload: unknown) => listener({ sightline: 1, name, payload }, SENDERS.optionsTab!);
    await expect(send('flush-evidence', { renewSalts: 'yes' })).rejects.toThrow(
      /^invalid "flush-evidence" request: renewSalts: .*boolean/,
    );
    await expect(send('clear-evidence', { everything: true })).rejects.toThrow(
      /^invalid "clear-evidence" request: .*everything/,
    );
    await expect(send('check-extensions', { installed: [{ id: 42 }] })).rejects.toThrow(
      /^invalid "check-extensions" request: installed\.0\.id: /,
    );
    expect(calls).toEqual([]);
  });

  it('does not take a message that is not a Sightline envelope', () => {
    const { calls, listener } = connect(SENDERS.optionsTab!);
    expect(listener({ sightline: 1, name: 'flush-evidence', payload: {}, extra: 1 }, SENDERS.optionsTab!)).toBe(
      undefined,
    );
    expect(listener({ sightline: 2, name: 'flush-evidence', payload: {} }, SENDERS.optionsTab!)).toBe(undefined);
    expect(listener({ sightline: 1, name: 'toString', payload: {} }, SENDERS.optionsTab!)).toBe(undefined);
    expect(listener(null, SENDERS.optionsTab!)).toBe(undefined);
    expect(calls).toEqual([]);
  });

  it('refuses an oversized or non-data payload before parsing it, and runs no handler', async () => {
    const { calls, listener } = connect(SENDERS.optionsTab!);
    const huge = { installed: [{ id: 'a'.repeat(32), name: 'x'.repeat(MAX_MESSAGE_CHARS) }] };
    await expect(
      listener({ sightline: 1, name: 'check-extensions', payload: huge }, SENDERS.optionsTab!),
    ).rejects.toThrow(/^refused "check-extensions" payload is too large: \d+ characters, at most 8000000$/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(
      listener({ sightline: 1, name: 'flush-evidence', payload: cyclic }, SENDERS.optionsTab!),
    ).rejects.toThrow('refused "flush-evidence" payload is not plain data');
    expect(calls).toEqual([]);
  });
});

describe('the sender', () => {
  it('sends nothing the contract routes from another kind of sender', async () => {
    const { calls, page } = connect(SENDERS.optionsTab!);
    await expect(sendMessageOn(page, 'content' as 'extension-page', 'flush-evidence', {})).rejects.toThrow(
      '"flush-evidence" is sent only from extension-page, not from content',
    );
    expect(calls).toEqual([]);
  });

  it('sends no oversized payload', async () => {
    const { calls, page } = connect(SENDERS.optionsTab!);
    const installed = [{ id: 'a'.repeat(32), name: 'x'.repeat(MAX_MESSAGE_CHARS) }] as never;
    await expect(sendMessageOn(page, 'extension-page', 'check-extensions', { installed })).rejects.toThrow(
      /^not sent: "check-extensions" payload is too large/,
    );
    expect(calls).toEqual([]);
  });

  it.each([
    ['a negative count', { written: -1 }, /^malformed answer to "flush-evidence": written: /],
    ['an extra field', { written: 1, more: true }, /^malformed answer to "flush-evidence": .*more/],
    ['a string', 'done', /^malformed answer to "flush-evidence": /],
  ])('reports %s in the answer as an error saying so', async (_what, answer, error) => {
    const { page } = connect(SENDERS.optionsTab!, () => answer);
    await expect(sendMessageOn(page, 'extension-page', 'flush-evidence', {})).rejects.toThrow(error);
  });

  it('reports no answer at all as a malformed answer, not a crash', async () => {
    const page = { sendMessage: async () => undefined };
    await expect(sendMessageOn(page, 'extension-page', 'clear-evidence', {})).rejects.toThrow(
      /^malformed answer to "clear-evidence": /,
    );
  });
});

describe('a worker report', () => {
  const report = { kind: 'biometrics', where: 'Depot', when: '2026-12-01', how: 'told' } as const;

  it('reaches its handler when it is valid', async () => {
    const { calls, page } = connect(SENDERS.optionsTab!);
    await expect(sendMessageOn(page, 'extension-page', 'record-worker-report', report)).resolves.toEqual({ seq: 7 });
    expect(calls).toEqual(['record-worker-report']);
  });

  it.each([
    [{ ...report, when: '2026-02-30' }, 'when: is not a date in the calendar'],
    [{ ...report, where: '   ' }, 'where:'],
    [{ ...report, note: 'x'.repeat(501) }, 'note:'],
    [{ ...report, kind: 'telepathy' }, 'kind:'],
  ])('is refused with the field that is wrong, and no handler runs (%#)', async (payload, reason) => {
    const { calls, page } = connect(SENDERS.optionsTab!);
    await expect(sendMessageOn(page, 'extension-page', 'record-worker-report', payload as never)).rejects.toThrow(
      `invalid "record-worker-report" request: ${reason}`,
    );
    expect(calls).toEqual([]);
  });
});
