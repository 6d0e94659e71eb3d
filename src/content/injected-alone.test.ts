// The functions the extension injects into pages are serialised and run alone, so they may use nothing
// but their arguments and the page's globals: the limits they clip to arrive as an argument. Each one is
// run here from its source text in a fresh realm holding only a stand-in page, with small limits.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readPage } from './read-page';
import { readPolicyText } from './read-policy-text';

const scripts = Array.from({ length: 12 }, (_, i) => ({ src: i === 3 ? '' : `https://cdn.example/s${i}.js` }));
const resources = Array.from({ length: 30 }, (_, i) => ({ name: `https://cdn.example/r${i}.png` }));

function standInPage(): Record<string, unknown> {
  return {
    location: { href: 'https://work.example/app?x=1' },
    window: { pendo: {} },
    document: { scripts, title: 'Monitoring policy', body: { innerText: 'We monitor email and calls.' } },
    performance: { getEntriesByType: (type: string) => (type === 'resource' ? resources : []) },
    navigator: {
      permissions: {
        query: async ({ name }: { name: string }) => {
          if (name === 'camera') return { state: 'granted' };
          throw new TypeError(`unknown permission ${name}`);
        },
      },
    },
  };
}

/** Run `func` from its source alone, as scripting.executeScript does, with `args`. */
function runAlone(func: (...args: never[]) => unknown, args: unknown[]): unknown {
  return runInNewContext(`(${func.toString()})(...${JSON.stringify(args)})`, standInPage());
}

describe('functions injected into pages', () => {
  it('readPage runs alone and clips to the limits it is given', async () => {
    const reading = (await runAlone(readPage, [
      ['pendo', 'FS'],
      ['camera', 'idle-detection'],
      { scripts: 4, resources: 5 },
    ])) as Record<string, unknown>;
    expect(reading).toEqual({
      href: 'https://work.example/app?x=1',
      scripts: [
        'https://cdn.example/s0.js',
        'https://cdn.example/s1.js',
        'https://cdn.example/s2.js',
        'https://cdn.example/s4.js',
      ],
      resources: resources.slice(0, 5).map((r) => r.name),
      domNamed: ['pendo'],
      permissions: { camera: 'granted' },
    });
  });

  it('readPolicyText runs alone and clips each field to the limits it is given', () => {
    const page = runAlone(readPolicyText, [{ url: 10, title: 4, text: 9 }]);
    expect(page).toEqual({ url: 'https://wo', title: 'Moni', text: 'We monito' });
  });
});
