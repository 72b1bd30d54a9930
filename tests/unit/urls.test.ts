import { describe, expect, it } from 'vitest';
import { absoluteUrl, isAbsoluteHttpUrl, articlePath, sectionAnchorPath, sectionPath, sourcesPath, topicPath, withBase, withTrailingSlash } from '../../src/lib/urls';

describe('isAbsoluteHttpUrl', () => {
  it('takes http(s) URLs with a host, and nothing relative, protocol-relative or of another scheme', () => {
    expect(['https://news.example.org/a/', 'http://localhost:4321/'].map(isAbsoluteHttpUrl)).toEqual([true, true]);
    expect(['/articles/a/', '//cdn.example.org/x', 'https:///x', 'javascript:alert(1)', '', undefined].map(isAbsoluteHttpUrl)).toEqual([false, false, false, false, false, false]);
  });
});

describe('withTrailingSlash', () => {
  it('ends the base in one slash, as Astro may give it with or without', () => {
    expect([withTrailingSlash('/'), withTrailingSlash('/explainer'), withTrailingSlash('/explainer/')]).toEqual(['/', '/explainer/', '/explainer/']);
  });
});

describe('withBase', () => {
  it('leaves paths alone at the root base', () => {
    expect(withBase('/', '/topics/')).toBe('/topics/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('prefixes a sub-path base exactly once', () => {
    expect(withBase('/explainer/', '/topics/energy/')).toBe('/explainer/topics/energy/');
    expect(withBase('/explainer/', '/')).toBe('/explainer/');
    expect(withBase('/explainer', 'favicon.svg')).toBe('/explainer/favicon.svg');
  });
});

describe('route paths', () => {
  it('builds article, section, anchor and topic paths', () => {
    expect(articlePath('a-1')).toBe('/articles/a-1/');
    expect(sectionPath('a-1', 'energy')).toBe('/articles/a-1/energy/');
    expect(sectionAnchorPath('a-1', 'energy')).toBe('/articles/a-1/#energy');
    expect(topicPath('military')).toBe('/topics/military/');
    expect(sourcesPath('a-1')).toBe('/articles/a-1/sources/');
  });
});

describe('absoluteUrl', () => {
  it('joins site, base and path', () => {
    expect(absoluteUrl('https://example.org', '/', '/articles/x/')).toBe('https://example.org/articles/x/');
    expect(absoluteUrl('https://example.org', '/explainer/', sectionAnchorPath('x', 'energy'))).toBe(
      'https://example.org/explainer/articles/x/#energy',
    );
  });
});
