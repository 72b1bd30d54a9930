import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normaliseBase, normaliseSite, siteConfigFromEnv, siteUrlNotice } from '../../src/lib/site-config';

describe('siteConfigFromEnv', () => {
  it('defaults to a local origin at the root', () => {
    expect(siteConfigFromEnv({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
  });
  it('reads SITE_URL and BASE_PATH', () => {
    expect(siteConfigFromEnv({ SITE_URL: 'https://news.example.org/', BASE_PATH: 'explainer' })).toEqual({
      site: 'https://news.example.org',
      base: '/explainer/',
    });
  });
});

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/explainer', '/explainer/'],
    ['explainer/', '/explainer/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (input, expected) => expect(normaliseBase(input)).toBe(expected));
  it('rejects an origin with a message naming BASE_PATH', () => {
    expect(() => normaliseBase('https://x.org/explainer/')).toThrow(/BASE_PATH must be a path/);
  });
});

describe('normaliseSite', () => {
  it('rejects a relative value naming SITE_URL', () => {
    expect(() => normaliseSite('example.org')).toThrow(/SITE_URL must be an absolute URL/);
  });
  it('rejects a path and points to BASE_PATH', () => {
    expect(() => normaliseSite('https://example.org/explainer/')).toThrow(/Put "\/explainer\/" in BASE_PATH/);
  });
  it('rejects other protocols', () => {
    expect(() => normaliseSite('ftp://example.org')).toThrow(/http or https/);
  });
});

describe('siteUrlNotice', () => {
  it('warns a build without SITE_URL that its absolute URLs point at localhost', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }, { BASE_PATH: '/explainer/' }]) {
      expect(siteUrlNotice(env), JSON.stringify(env)).toMatch(/^SITE_URL is not set, so canonical links, .* point at http:\/\/localhost:4321\. .*build with SITE_URL=https:\/\/your\.domain/);
    }
  });
  it('says nothing when SITE_URL is set', () => {
    expect(siteUrlNotice({ SITE_URL: 'https://news.example.org' })).toBeUndefined();
  });
});
