// The kind vocabulary is complete: every kind has its words, captures and law, and every citation has a
// source. A new kind without its message keys, or an ICO point without an article, fails here.
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { englishText } from '../core/english-text';
import { CATEGORY_IDS } from '../core/taxonomy';
import { ICO_POINT_IDS, ICO_POINTS, ICO_SOURCES, icoPointKey } from './ico-points';
import {
  captureKey,
  isBrowserCategory,
  isKindId,
  KIND_IDS,
  kindLawKey,
  kindNameKey,
  kindPlainKey,
  KINDS,
  OFFLINE_KIND_IDS,
  visibilityKey,
} from './kinds';

const keys = new Set(Object.keys(messages));

describe('monitoring kinds', () => {
  it('are the browser categories plus the kinds no browser sees, each once', () => {
    expect(new Set(KIND_IDS).size).toBe(KIND_IDS.length);
    expect(KIND_IDS.filter((k) => isBrowserCategory(k))).toEqual([...CATEGORY_IDS]);
    expect(OFFLINE_KIND_IDS.filter((k) => isBrowserCategory(k))).toEqual([]);
    expect(Object.keys(KINDS).sort()).toEqual([...KIND_IDS].sort());
    expect(isKindId('biometrics')).toBe(true);
    expect(isKindId('toString')).toBe(false);
  });

  it('each has a name, plain words, law, captures and visibility in messages.json', () => {
    const missing = KIND_IDS.flatMap((k) => [
      kindNameKey(k),
      kindPlainKey(k),
      kindLawKey(k),
      visibilityKey(KINDS[k].visibility),
      ...KINDS[k].captures.map(captureKey),
    ]).filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
    expect(englishText(kindNameKey('cctv_video'))).toBe('CCTV video');
    expect(englishText(kindNameKey('web_filtering'))).toBe('Web filtering and TLS inspection');
  });

  it('only kinds no browser sees are marked so', () => {
    expect(KIND_IDS.filter((k) => KINDS[k].visibility === 'none')).toEqual([...OFFLINE_KIND_IDS]);
  });

  it("each raises the basics and the worker's rights; biometrics raises Article 9 and an alternative", () => {
    for (const k of KIND_IDS)
      expect(KINDS[k].ico).toEqual(expect.arrayContaining(['lawful_basis', 'transparency', 'rights']));
    expect(KINDS.biometrics.ico).toEqual(expect.arrayContaining(['special_category', 'alternative', 'dpia']));
    expect(KINDS.audio_recording.ico).toContain('audio_intrusive');
    expect(KINDS.cctv_video.ico).toContain('private_areas');
    expect(ICO_POINTS.special_category.articles).toContain('UK GDPR Art. 9(2)');
  });
});

describe('ICO points', () => {
  it('each has our own words, an article and a source with an https link', () => {
    expect(ICO_POINT_IDS.map(icoPointKey).filter((key) => !keys.has(key))).toEqual([]);
    for (const id of ICO_POINT_IDS) {
      const point = ICO_POINTS[id];
      expect(point.articles.length).toBeGreaterThan(0);
      for (const article of point.articles)
        expect(article).toMatch(
          /^(?:UK GDPR Art\. \d{1,2}(?:\(\d+\)(?:\([a-z]\))?)?|DPA 2018 Sch\. 1 Pt 1 para\. 1|SI 2018\/356)$/,
        );
      for (const source of point.sources)
        expect(ICO_SOURCES[source].url).toMatch(/^https:\/\/(?:ico\.org\.uk|www\.legislation\.gov\.uk)\//);
    }
  });

  it('every point is raised by some kind', () => {
    const raised = new Set(KIND_IDS.flatMap((k) => KINDS[k].ico));
    expect(ICO_POINT_IDS.filter((p) => !raised.has(p))).toEqual([]);
  });
});
