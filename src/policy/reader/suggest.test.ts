import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { englishText } from '../../core/english-text';
import { CATEGORY_IDS, categoryNameKey } from '../../core/taxonomy';
import { CATEGORY_WORDS } from './category-words';
import { MAX_SCAN_CHARS, suggestDeclaredItems, type Suggestion } from './suggest';

const suggest = (text: string) => suggestDeclaredItems(text, ruleCatalog);
/** "hotjar" for a product, "category:web_filtering" for a category, "!" prefixed when negated. */
const short = (s: Suggestion) => `${s.negated ? '!' : ''}${s.kind === 'product' ? s.ruleId : `category:${s.category}`}`;
const ids = (text: string) => suggest(text).map(short);
const policy = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/policies/${name}.txt`, import.meta.url), 'utf8');

describe('suggestDeclaredItems on whole policies', () => {
  it('reads the council policy: Zscaler, Purview DLP, their categories, and the keystroke logging it rules out', () => {
    const suggestions = suggest(policy('council-monitoring-at-work'));
    expect(suggestions.map(short)).toEqual([
      'zscaler-internet-access',
      'category:web_filtering',
      'category:dlp_insider_risk',
      'microsoft-purview-endpoint-dlp',
      'category:communication_surveillance',
      '!category:employee_monitoring',
    ]);
    expect(suggestions[0]).toEqual({
      kind: 'product',
      ruleId: 'zscaler-internet-access',
      category: 'web_filtering',
      label: 'Zscaler Internet Access (ZIA)',
      matched: 'Zscaler Internet Access',
      sentence:
        'All internet traffic from council devices passes through Zscaler Internet Access, a cloud service that provides web filtering for the council.',
      negated: false,
    });
    const dlp = suggestions.find((s) => s.category === 'dlp_insider_risk' && s.kind === 'category');
    // The heading "3.2 Email and data loss prevention" comes first, but a sentence says more.
    expect(dlp?.sentence).toMatch(
      /^The council uses Microsoft Purview Endpoint DLP \(data loss prevention\) to reduce/,
    );
    const keystrokes = suggestions.at(-1);
    expect(keystrokes).toMatchObject({
      matched: 'keystroke logging',
      sentence: 'We do not use keystroke logging.',
      negated: true,
    });
  });

  it('reads the SaaS notice: Hotjar, Pendo, FullStory, productivity analytics, and Mixpanel no longer used', () => {
    const suggestions = suggest(policy('saas-workplace-transparency'));
    expect(suggestions.map(short)).toEqual([
      'category:session_recording',
      'fullstory',
      'hotjar',
      'pendo',
      'category:digital_adoption',
      '!mixpanel',
      'category:productivity_scoring',
      '!category:employee_monitoring',
    ]);
    // FullStory is first named in a sentence that says where it never runs; the suggestion keeps that
    // place in the order but quotes the first sentence that does not negate it.
    const fullstory = suggestions.find((s) => s.ruleId === 'fullstory');
    expect(fullstory).toMatchObject({
      label: 'Fullstory',
      matched: 'FullStory',
      sentence: 'FullStory (Support Console only).',
      negated: false,
    });
    expect(suggestions.find((s) => s.category === 'productivity_scoring')?.sentence).toMatch(
      /^We use productivity analytics built into/,
    );
  });

  it('reads a vague policy that names only categories', () => {
    const suggestions = suggest(policy('vague-it-monitoring'));
    expect(suggestions.map(short)).toEqual([
      'category:communication_surveillance',
      'category:web_filtering',
      'category:session_recording',
    ]);
    expect(suggestions.map((s) => s.matched)).toEqual(['monitor email', 'internet use', 'session recording']);
    expect(suggestions[2]?.sentence).toBe(
      'Our customer portal and the internal booking system use session recording for quality purposes.',
    );
  });
});

describe('product names', () => {
  it('finds product names and aliases, in any capitalisation when the name is distinctive', () => {
    const suggestions = suggest(
      'We use HOTJAR on the intranet and hotjar.com elsewhere. The Zscaler Client Connector is installed. Workpuls tracks time.',
    );
    expect(suggestions.map(short)).toEqual(['hotjar', 'zscaler-internet-access', 'insightful']);
    expect(suggestions[0]).toMatchObject({ label: 'Hotjar', matched: 'HOTJAR', category: 'session_recording' });
    expect(suggestions[1]).toMatchObject({
      matched: 'Zscaler Client Connector',
      sentence: 'The Zscaler Client Connector is installed.',
    });
    expect(suggestions[2]).toMatchObject({ label: 'Insightful', matched: 'Workpuls', category: 'employee_monitoring' });
  });

  it('finds a product name without its parenthetical, and names with dots', () => {
    expect(ids('Traffic goes through Zscaler Internet Access.')).toEqual(['zscaler-internet-access']);
    expect(ids('Events are sent to play.google.com/log by the client.')).toEqual(['google-workspace-telemetry']);
  });

  it('matches whole words only', () => {
    expect(ids('Hotjarring is not a word, nor is Pendos or xHotjar.')).toEqual([]);
    expect(ids('Hotjar’s heatmaps are reviewed monthly.')).toEqual(['hotjar', 'category:session_recording']);
  });

  it('needs the catalog capitalisation for short names and names made of ordinary words', () => {
    const prose = [
      'We have a heap of work this quarter.',
      'Each customer segment has its own queue.',
      'For clarity, this policy does not cover CCTV.',
      'Managers must relay any request to HR.',
      'Highlight any concerns to your manager.',
      'You will be told the full story.',
      'Our time doctor appointments are private.',
      'The zia and apty files are archived.',
    ].join(' ');
    expect(ids(prose)).toEqual([]);
    expect(ids('We send events to Heap and Segment. Time Doctor runs on laptops. Traffic is filtered by ZIA.')).toEqual(
      ['heap', 'segment', 'time-doctor', 'zscaler-internet-access'],
    );
  });

  it('reads no product into everyday words that newer products are named after', () => {
    const prose = [
      'When I work from home, there is an element of trust.',
      'We acquire data at a glance and embrace change at a steady tempo.',
      'Each branch may convert, split or shake up its rota; a request for metrics goes to HR.',
      'Staff live on site and check the visitor book.',
      'In the singular, a prefab office is ours; the piano stays.',
      'We treat colleagues with humanity, and first aiders carry a sling.',
      'Los turnos se publican en una tanda semanal.',
    ].join(' ');
    expect(ids(prose).filter((id) => !id.startsWith('category:'))).toEqual([]);
    expect(ids('Rotas are published in Sling; older sites still clock in with Humanity and Tanda.')).toEqual([
      'sling',
      'humanity',
      'tanda',
    ]);
  });

  it('suggests no product in the stored real policies, which describe monitoring by channel and name none', () => {
    const dir = new URL('../../../tests/fixtures/policies/real/', import.meta.url);
    const named = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) =>
        suggest(readFileSync(new URL(name, dir), 'utf8'))
          .filter((s) => s.kind === 'product')
          .map((s) => `${name}: ${short(s)}`),
      );
    // Once "an element of academic intimidation" read as the Element chat app.
    expect(named).toEqual([]);
  });

  it('does not read an ordinary-word name in a title-case heading as the product', () => {
    expect(ids('Clarity and Fairness\n\nWe explain everything.')).toEqual([]);
    expect(ids('4. Clarity and Fairness\nWe explain everything.')).toEqual([]);
    expect(ids('Tools we use:\n- Clarity\n- Hotjar')).toEqual(['microsoft-clarity', 'hotjar']);
  });

  it('does not turn a product name into a category suggestion as well', () => {
    expect(ids('We use Amplitude Session Replay and Datadog Real User Monitoring.')).toEqual([
      'amplitude',
      'datadog-rum',
    ]);
    expect(ids('We use Amplitude Session Replay. Session replay is also used on the intranet.')).toEqual([
      'amplitude',
      'category:session_recording',
    ]);
  });
});

describe('category words', () => {
  it('finds plurals, hyphen and spacing variants, and verb forms', () => {
    const suggestions = suggest(
      'Keystrokes are counted.\nIn app guidance appears.\nWe are monitoring your e-mail.\nURL  filtering applies.',
    );
    expect(suggestions.map((s) => [s.category, s.matched])).toEqual([
      ['employee_monitoring', 'Keystrokes'],
      ['digital_adoption', 'In app guidance'],
      ['communication_surveillance', 'monitoring your e-mail'],
      ['web_filtering', 'URL filtering'],
    ]);
    expect(suggestions[0]?.label).toBe(englishText(categoryNameKey('employee_monitoring')));
  });

  it('needs the capitalisation given for acronyms', () => {
    expect(ids('A glass of rum and a dap greeting.')).toEqual([]);
    expect(ids('We use RUM and DLP.')).toEqual(['category:rum_replay', 'category:dlp_insider_risk']);
  });

  it('has words for every category, and each word finds its category', () => {
    for (const category of CATEGORY_IDS) {
      expect(CATEGORY_WORDS[category].length, category).toBeGreaterThan(0);
      for (const word of CATEGORY_WORDS[category]) {
        const found = suggest(`We use ${word.replace('*', 'ing')} here.`);
        expect(
          found.map((s) => `${s.kind}:${s.category}`),
          word,
        ).toContain(`category:${category}`);
      }
    }
  });
});

describe('negation', () => {
  it.each([
    ['We do not use keystroke logging.', true],
    ["We don't use Hotjar.", true],
    ['Keystroke logging software is never installed.', true],
    ['Screenshots will not be taken.', true],
    ['No session recording is used on HR systems.', true],
    ['We no longer use Mixpanel.', true],
    ['Hotjar never runs on payroll pages.', true],
    ['We use Hotjar on the intranet.', false],
    ['You must not disable or uninstall Zscaler.', false],
    ['Staff must not attempt to bypass the web filter.', false],
    ['The Zscaler client must not be switched off.', false],
    ['Monitoring includes, but is not limited to, session recording.', false],
    ['We do not read personal messages, but we use Zscaler to filter traffic.', false],
    ['Zscaler, which does not decrypt banking sites, filters all traffic.', false],
  ])('%s → negated %s', (sentence, negated) => {
    const suggestions = suggest(sentence);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]?.negated).toBe(negated);
  });

  it('carries a negating lead-in to the bullets under it', () => {
    const suggestions = suggest('We will never:\n- log your keystrokes;\n- use Hotjar on HR pages.\n\nWe use Pendo.');
    expect(suggestions.map(short)).toEqual(['!category:employee_monitoring', '!hotjar', 'pendo']);
    expect(suggestions[1]?.sentence).toBe('use Hotjar on HR pages.');
  });

  it('carries a negating heading to the bullets under it, but not past the next paragraph', () => {
    const text = '4. What we do not monitor\n- Keystrokes\n- Hotjar on HR pages\n\nWe use Pendo.\n- Zscaler';
    expect(ids(text)).toEqual(['!category:employee_monitoring', '!hotjar', 'pendo', 'zscaler-internet-access']);
  });

  it('does not negate the bullets of a lead-in that only forbids working around the tools', () => {
    expect(ids('You must not bypass or disable:\n- Zscaler\n- the DLP agent')).toEqual([
      'zscaler-internet-access',
      'category:dlp_insider_risk',
    ]);
  });
});

describe('one suggestion per item, in reading order', () => {
  it('keeps one suggestion per product and per category, at the first mention', () => {
    const text =
      'We use Pendo for walkthroughs. Zscaler filters traffic. Pendo also shows product tours. Pendo is great.';
    const suggestions = suggest(text);
    expect(suggestions.map(short)).toEqual(['pendo', 'category:digital_adoption', 'zscaler-internet-access']);
    expect(suggestions[0]?.sentence).toBe('We use Pendo for walkthroughs.');
  });

  it('prefers a sentence that does not negate the item, keeping its first place', () => {
    const text = 'Hotjar is not used on payroll pages. We use Zscaler. Hotjar records sessions on the intranet.';
    const suggestions = suggest(text);
    expect(suggestions.map(short)).toEqual(['hotjar', 'zscaler-internet-access', 'category:session_recording']);
    expect(suggestions[0]).toMatchObject({ negated: false, sentence: 'Hotjar records sessions on the intranet.' });
  });
});

describe('sentences', () => {
  it('does not split at abbreviations and joins lines wrapped inside a sentence', () => {
    expect(
      suggest('We use tools (e.g. Hotjar and, i.e. for Mr. Smith, Pendo) on the intranet. Next.')[0]?.sentence,
    ).toBe('We use tools (e.g. Hotjar and, i.e. for Mr. Smith, Pendo) on the intranet.');
    expect(suggest('Monitoring\nWe use Hotjar on the\nintranet to record visits. We keep it.')[0]?.sentence).toBe(
      'We use Hotjar on the intranet to record visits.',
    );
  });

  it('treats headings and bullets as their own sentences, without the bullet marker', () => {
    const suggestions = suggest('3. Tools\n• Hotjar on the intranet\n2) Pendo in the billing app\n\nZscaler');
    expect(suggestions.map((s) => s.sentence)).toEqual([
      'Hotjar on the intranet',
      'Pendo in the billing app',
      'Zscaler',
    ]);
  });

  it('cuts a long sentence around the match at word boundaries', () => {
    const text = `${'We collect a great many things '.repeat(40)}with Hotjar ${'and keep them for a long time '.repeat(40)}.`;
    const [hotjar] = suggest(text);
    expect(hotjar?.sentence.length).toBeLessThanOrEqual(410);
    expect(hotjar?.sentence).toMatch(/^… \S.* with Hotjar and .*\S …$/);
    expect(hotjar?.sentence).not.toMatch(/ {2}/);
  });
});

describe('any input', () => {
  it('returns nothing for empty, blank or non-text input', () => {
    expect(suggest('')).toEqual([]);
    expect(suggest(' \n\n\t ')).toEqual([]);
    expect(suggest(undefined as unknown as string)).toEqual([]);
    expect(suggest(42 as unknown as string)).toEqual([]);
  });

  it('copes with garbage', () => {
    const garbage = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    expect(() => suggest(garbage)).not.toThrow();
    expect(() => suggest('.:;•-\n'.repeat(10_000))).not.toThrow();
    expect(() => suggest(`Hotjar${'\ud800'}Pendo\u0000 no. e.g. :\n- `)).not.toThrow();
  });

  it('works with an empty catalog, suggesting categories only', () => {
    expect(suggestDeclaredItems('We use Hotjar for session recording.', new Map()).map(short)).toEqual([
      'category:session_recording',
    ]);
  });

  it('reads only the first 1,000,000 characters of a huge text', () => {
    const filler = 'The council keeps its systems secure and up to date at all times. ';
    const before = `We use Pendo. ${filler.repeat(Math.ceil(MAX_SCAN_CHARS / filler.length))}`;
    expect(ids(`${before}We use Hotjar.`)).toEqual(['pendo']);
  });

  it('completes on a 200 KB policy with the same suggestions as the policy once', () => {
    const text = policy('saas-workplace-transparency');
    const big = `${text}\n\n`.repeat(Math.ceil(200_000 / text.length));
    expect(big.length).toBeGreaterThan(200_000);
    expect(ids(big)).toEqual(ids(text));
  });
});
