import { describe, expect, it } from 'vitest';
import { fileForPath, formatLinkProblems, pageIds, pageLinkProblems, whereWritten, type BuiltSite } from '../../src/lib/link-check';

/** A built folder as a map of files, under a base path. */
function built(base: string, files: Record<string, string>): { site: BuiltSite; check: (page: string, file: string) => ReturnType<typeof pageLinkProblems> } {
  const site: BuiltSite = { base, exists: (f) => f in files };
  const ids = (f: string) => (f in files ? pageIds(files[f]!) : undefined);
  return { site, check: (page, file) => pageLinkProblems(page, files[file]!, site, ids) };
}

describe('fileForPath', () => {
  it('maps a site path to the file it is served from, under the base', () => {
    expect(fileForPath('/', '/')).toBe('index.html');
    expect(fileForPath('/topics/energy/', '/')).toBe('topics/energy/index.html');
    expect(fileForPath('/explainer/rss.xml', '/explainer/')).toBe('rss.xml');
    expect(fileForPath('/explainer/', '/explainer/')).toBe('index.html');
    expect(fileForPath('/topics/', '/explainer/')).toBeUndefined();
    expect(fileForPath('/explainer', '/explainer/')).toBe('index.html');
  });
});

describe('pageLinkProblems', () => {
  const article = '<main><h2 id="energy">Energy</h2><p id="cite-1-1">x</p><a href="#energy">here</a><a href="#top">top</a></main>';
  const files = {
    'index.html': '<a href="/explainer/articles/a/">A</a> <a href="/explainer/articles/a/#energy">Energy part</a> <a href="/explainer/rss.xml">RSS</a> <a href="https://example.org/x">out</a> <a href="mailto:desk@example.org">mail</a>',
    'articles/a/index.html': article,
    'articles/a/energy/index.html': '<a href="/explainer/articles/a/#cite-1-1">back</a><a href="/explainer/topics/energy">no slash</a><a href="/explainer/search/?q=nuclear&amp;x=1">search</a><a href="/explainer/search/?q=a&#x26;b=c">rehype’s escape</a><a href="/explainer/search/?q=a&#38;b=c">decimal</a><a href="/explainer">the base</a>',
    'topics/energy/index.html': '<h1>Energy</h1>',
    'search/index.html': '',
    'rss.xml': '<rss/>',
  };
  it('passes links to built pages, ids on them, files, other sites and in-page ids', () => {
    const { check } = built('/explainer/', files);
    expect(check('/explainer/', 'index.html')).toEqual([]);
    expect(check('/explainer/articles/a/', 'articles/a/index.html')).toEqual([]);
    expect(check('/explainer/articles/a/energy/', 'articles/a/energy/index.html')).toEqual([]);
  });
  it('names the page, the link’s text and address, and what is wrong: no page, no id, outside the base', () => {
    const { check } = built('/explainer/', {
      ...files,
      'topics/energy/index.html': '<p>See <a href="/explainer/articles/no-such/">the <em>missing</em> article</a>, <a href="/explainer/articles/a/#enrgy">a typo</a>, <a href="/topics/energy/">no base</a>, <a href="#nowhere">here</a> and <a href="/explainer/a%zz/">bad escape</a>.</p>',
    });
    expect(check('/explainer/topics/energy/', 'topics/energy/index.html')).toEqual([
      { page: '/explainer/topics/energy/', href: '/explainer/articles/no-such/', text: 'the missing article', message: 'goes to /explainer/articles/no-such/, a page the build did not write' },
      { page: '/explainer/topics/energy/', href: '/explainer/articles/a/#enrgy', text: 'a typo', message: 'goes to #enrgy on /explainer/articles/a/, which has no element with that id' },
      { page: '/explainer/topics/energy/', href: '/topics/energy/', text: 'no base', message: "goes outside the site's base path /explainer/: write it from the site's root (the build adds the base), or give the whole address" },
      { page: '/explainer/topics/energy/', href: '#nowhere', text: 'here', message: 'goes to #nowhere on /explainer/topics/energy/, which has no element with that id' },
      { page: '/explainer/topics/energy/', href: '/explainer/a%zz/', text: 'bad escape', message: 'has a malformed %-escape; write the characters themselves, or %20-style escapes of two hex digits' },
    ]);
  });
  it('reads each target page’s ids only for links with a fragment', () => {
    const read: string[] = [];
    const site: BuiltSite = { base: '/', exists: () => true };
    pageLinkProblems('/', '<a href="/a/">a</a><a href="/b/#x">b</a>', site, (f) => (read.push(f), new Set(['x'])));
    expect(read).toEqual(['b/index.html']);
  });
});

describe('formatLinkProblems', () => {
  it('lists each page and link, the first 20 in full, and says where an editor’s link lives', () => {
    const p = { page: '/topics/energy/', href: '/articles/no-such/', text: 'missing', message: 'goes to /articles/no-such/, a page the build did not write' };
    expect(formatLinkProblems([p])).toBe(
      '1 broken link in the built site:\n  - /topics/energy/: the link "missing" (/articles/no-such/) goes to /articles/no-such/, a page the build did not write\nA link in an article\'s text is in its .mdx files; write links to the site\'s own pages from its root, e.g. [Energy](/topics/energy/) (docs/authoring.md, section 4).',
    );
    const many = formatLinkProblems(Array.from({ length: 23 }, () => p));
    expect(many).toMatch(/^23 broken links in the built site:/);
    expect(many.match(/^ {2}- /gm)).toHaveLength(20);
    expect(many).toContain('  … and 3 more');
  });
});

describe('whereWritten', () => {
  const files = new Map([
    ['content/articles/a/02-energy.mdx', '---\nid: energy\n---\n\nSee [the plan](/articles/no-such/) and [more](/articles/no-such/ "title").'],
    ['content/articles/b/01-talks.mdx', 'As <a href="/articles/no-such/">this</a> says.'],
    ['content/articles/c/01-x.mdx', 'Nothing here: /articles/no-such/ as text.'],
    ['content/timeline.yaml', '- id: x\n  link: "/articles/no-such/"\n'],
  ]);
  it('names the content files that hold the address as an editor writes it, without the base, and the body field of an MDX file', () => {
    expect(whereWritten({ href: '/explainer/articles/no-such/' }, '/explainer/', files)).toEqual(['content/articles/a/02-energy.mdx, field "body"', 'content/articles/b/01-talks.mdx, field "body"', 'content/timeline.yaml']);
    expect(whereWritten({ href: '/articles/other/' }, '/', files)).toEqual([]);
  });
});
