import { describe, expect, it } from 'vitest';
import { sitePublisher } from '../../src/lib/share';
import { SITE_NAME } from '../../src/lib/site-meta';

describe('sitePublisher', () => {
  it('names the site and links its home page absolutely, under this build’s site and base', () => {
    expect(sitePublisher()).toEqual({ name: SITE_NAME, url: new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href });
    expect(sitePublisher().url).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
  });
});
