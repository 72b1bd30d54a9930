import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normaliseBase, normaliseSite, siteConfigFromEnv, siteUrlNotice, siteUrlProblem } from '../../src/lib/site-config';

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

describe('siteUrlProblem', () => {
  it('stops a build on a deploy host without SITE_URL, naming the host and what to set', () => {
    expect(siteUrlProblem({ CF_PAGES: '1' })).toMatch(/^SITE_URL is not set, and this build runs on Cloudflare Pages \(CF_PAGES is set\): .*pointing at http:\/\/localhost:4321\. Set SITE_URL .* to your https:\/\/<project>\.pages\.dev address or custom domain/);
    expect(siteUrlProblem({ VERCEL: '1', SITE_URL: ' ' })).toMatch(/runs on Vercel \(VERCEL is set\)/);
  });
  it('lets it through with SITE_URL set, off those hosts, or with the host variable empty or 0', () => {
    expect(siteUrlProblem({ CF_PAGES: '1', SITE_URL: 'https://news.example.org' })).toBeUndefined();
    for (const env of [{}, { CI: 'true' }, { GITHUB_ACTIONS: 'true' }, { NETLIFY: 'true' }, { CF_PAGES: '' }, { VERCEL: '0' }]) expect(siteUrlProblem(env), JSON.stringify(env)).toBeUndefined();
  });
});
