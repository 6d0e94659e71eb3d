import { describe, expect, it } from 'vitest';
import { parsePageReading } from './page-reading';

const good = {
  href: 'https://contoso.sharepoint.com/',
  scripts: ['https://edge.fullstory.com/s/fs.js'],
  resources: ['https://rs.fullstory.com/rec/page'],
  domNamed: ['FS'],
  permissions: { camera: 'granted' },
};

describe('parsePageReading', () => {
  it('accepts what read-page.ts returns', () => {
    expect(parsePageReading(good)).toEqual(good);
  });

  it('drops empty and over-long URLs one by one, keeping the rest', () => {
    const long = `https://x.example/${'a'.repeat(3000)}`;
    expect(parsePageReading({ ...good, scripts: ['', long, 'https://a.example/x.js'] })?.scripts).toEqual([
      'https://a.example/x.js',
    ]);
  });

  it('refuses malformed or oversized readings as a whole', () => {
    for (const bad of [
      null,
      'x',
      [],
      { ...good, href: 1 },
      { ...good, scripts: 'x' },
      { ...good, resources: Array(1001).fill('https://a.example/') },
      { ...good, permissions: { camera: 'x'.repeat(50) } },
    ]) {
      expect(parsePageReading(bad)).toBeNull();
    }
  });
});
