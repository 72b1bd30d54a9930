import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/html-entities';

describe('decodeEntities', () => {
  it('decodes numeric references and the named ones HTML writers use, and leaves unknown names alone', () => {
    expect(decodeEntities('&#8217;&#x2014;&bogus;')).toBe('’—&bogus;');
    expect(decodeEntities('?q=a&amp;b=c&#x26;d=e&#38;f&nbsp;&QUOT;')).toBe('?q=a&b=c&d=e&f\u00a0"');
  });
  it('leaves a code point past Unicode as written', () => {
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
  });
});
