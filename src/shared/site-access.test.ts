import { describe, expect, it } from 'vitest';
import { grantedAccess, liveCapture } from './site-access';

describe('grantedAccess', () => {
  it('keeps only granted permissions, in a fixed order, ignoring unknown names and states', () => {
    expect(
      grantedAccess({
        'clipboard-read': 'granted',
        camera: 'granted',
        geolocation: 'prompt',
        microphone: 'denied',
        'idle-detection': 'granted',
        midi: 'granted',
      }),
    ).toEqual(['camera', 'idle', 'clipboard_read']);
    expect(grantedAccess({})).toEqual([]);
  });

  it('is not fooled by inherited or hostile keys', () => {
    const states = JSON.parse('{"__proto__": {"camera": "granted"}, "constructor": "granted"}') as Record<
      string,
      unknown
    >;
    expect(grantedAccess(states)).toEqual([]);
    expect(grantedAccess({ camera: 'GRANTED', microphone: true })).toEqual([]);
  });
});

describe('liveCapture', () => {
  it("turns Firefox's sharingState into what is captured now", () => {
    expect(liveCapture({ camera: true, microphone: false, screen: 'Screen' })).toEqual(['camera', 'screen']);
    expect(liveCapture({ camera: false, microphone: false })).toEqual([]);
    expect(liveCapture(undefined)).toEqual([]);
  });
});
