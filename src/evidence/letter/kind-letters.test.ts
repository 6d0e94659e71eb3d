import { describe, expect, it } from 'vitest';
import type { KindLine } from '../../policy/kind-picture';
import { draftKindLetter, letterFits } from './kind-letters';

const biometrics: KindLine = {
  kind: 'biometrics',
  declared: null,
  observed: null,
  reported: { members: 4, reports: 6, workplaces: ['Depot', 'Leisure centre'] },
};
const audio: KindLine = {
  kind: 'audio_recording',
  declared: { words: ['CCTV operates in all public areas.'] },
  observed: null,
  reported: { members: 1, reports: 1, workplaces: ['Town Hall'] },
};
const base = { policyLoaded: true, date: '2026-12-06', employer: 'Anytown Council' };

describe('letters about a kind of monitoring', () => {
  it('ask for the DPIA and the consultation record, with the facts from the data and the law cited', () => {
    const text = draftKindLetter({ ...base, letter: 'dpia-request', kind: 'biometrics', line: biometrics });
    expect(text.startsWith('6 December 2026\n')).toBe(true);
    expect(text).toContain(
      'Subject: Request for the DPIA and consultation record: biometrics for attendance or access',
    );
    expect(text).toContain('4 members reported it (6 reports), at Depot and Leisure centre.');
    expect(text).toContain('The policy does not declare it.');
    expect(text).toContain('(UK GDPR Article 35(9))');
    expect(text).toContain(
      'Law: UK GDPR Art. 35; UK GDPR Art. 35(9); UK GDPR Art. 6(1); UK GDPR Art. 5(1)(b); UK GDPR Art. 5(1)(e).',
    );
    expect(text).toContain('Employment practices and data protection: monitoring workers');
    expect(text).toContain('It is not legal advice.');
  });

  it('ask about CCTV recording sound, quoting the policy words', () => {
    const text = draftKindLetter({ ...base, letter: 'cctv-audio', kind: 'audio_recording', line: audio });
    expect(text).toContain('The policy declares it, in these words: “CCTV operates in all public areas.”');
    expect(text).toContain('1 member reported it (1 report), at Town Hall.');
    expect(text).toContain('Video surveillance (including guidance for organisations using CCTV)');
    expect(text).toContain('which cameras record sound');
  });

  it('object to biometric attendance and ask for the alternative, citing the Serco notice', () => {
    const text = draftKindLetter({ ...base, letter: 'biometric-objection', kind: 'biometrics', line: biometrics });
    expect(text).toContain('an alternative that does not use my biometric data');
    expect(text).toContain('UK GDPR Article 21(1)');
    expect(text).toContain('UK GDPR Art. 9(2)');
    expect(text).toContain('Enforcement notice to Serco Leisure');
  });

  it('say so when nothing is known of the kind, and fill gaps with placeholders', () => {
    const text = draftKindLetter({
      letter: 'dpia-request',
      kind: 'location_tracking',
      line: null,
      policyLoaded: false,
      date: '',
    });
    expect(text).toContain(
      'I have no record yet of location and vehicle tracking being declared, observed or reported.',
    );
    expect(text.startsWith('[Date]\n')).toBe(true);
    expect(text).toContain('[Employer name]');
  });

  it('are written only for the kinds they are about', () => {
    expect(letterFits('biometric-objection', 'cctv_video')).toBe(false);
    expect(letterFits('cctv-audio', 'cctv_video')).toBe(true);
    expect(() => draftKindLetter({ ...base, letter: 'biometric-objection', kind: 'cctv_video', line: null })).toThrow(
      'not about cctv_video',
    );
  });
});
