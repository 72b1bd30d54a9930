import { describe, expect, it } from 'vitest';
import { citeMarkup, CITE_PLACEHOLDER_TAG, resolveCitePlaceholders } from '../../src/lib/citations-html';
import { bodyHtml, shiftHeadings, withBaseInLinks } from '../../src/lib/entry-html';
import { bodyStartLine, createMdxHtmlRenderer, explainFailure, MdxBodyError } from '../../src/lib/mdx-html';

const render = createMdxHtmlRenderer();

describe('createMdxHtmlRenderer', () => {
  it('renders Markdown with GFM, prefixed heading ids and heading self-links', async () => {
    const body = ['Text with **bold** and a note.[^1]', '', '### Costs', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', '[^1]: The note.'].join('\n');
    const { html, metadata } = await render(body, { id: 'energy' });
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<table>');
    expect(html).toMatch(/<h3 id="energy--costs">Costs<\/h3>/);
    expect(html).toContain('href="#energy--costs"');
    expect(html).toContain('Link to section: Costs');
    // Footnote ids carry the section prefix too, so two sections on one page never clash.
    expect(html).toMatch(/id="energy--[^"]*fn-1"/);
    expect(metadata.headings[0]).toEqual({ depth: 3, slug: 'energy--costs', text: 'Costs' });
  });

  it('gives an aligned table column a class, not the align attribute HTML has deprecated', async () => {
    const { html } = await render(['| Item | Figure | Note |', '| :--- | ---: | :-: |', '| Port | 937 | new |'].join('\n'), { id: 'energy' });
    expect(html).not.toMatch(/\salign=/);
    expect(html).toContain('<th class="ex-align-left">Item</th>');
    expect(html).toContain('<td class="ex-align-right">937</td>');
    expect(html).toContain('<td class="ex-align-center">new</td>');
  });

  it('uses "lede" as the prefix when the entry has no id (an article body)', async () => {
    const { html } = await render('## Background', {});
    expect(html).toContain('id="lede--background"');
  });

  it('turns <Cite> into a placeholder and keeps lowercase HTML elements', async () => {
    const { html } = await render('He met Putin. <Cite ids="V3 V4" /> It was <abbr title="Association of Southeast Asian Nations">ASEAN</abbr>.', {});
    expect(html).toContain(`<${CITE_PLACEHOLDER_TAG} data-ids="V3 V4"></${CITE_PLACEHOLDER_TAG}>`);
    expect(html).toContain('<abbr title="Association of Southeast Asian Nations">ASEAN</abbr>');
  });

  it('does not wrap a <Cite> alone on a line in a paragraph, and drops comments', async () => {
    const { html } = await render('First.\n\n<Cite ids={"V1"} />\n\n{/* an editor\'s note */}\n\nLast.', {});
    expect(html).toBe(`<p>First.</p>\n<${CITE_PLACEHOLDER_TAG} data-ids="V1"></${CITE_PLACEHOLDER_TAG}>\n\n<p>Last.</p>`);
  });

  it.each([
    ['import X from "./x.astro"\n\nText.', /import and export are not available in content/],
    ['Text {1 + 1}.', /\{1 \+ 1\}: JavaScript expressions are not available/],
    ['Text <Chart data="x" />.', /<Chart> is not available in content; content may use Markdown/],
    ['Text <Cite />.', /<Cite> needs ids/],
    ['Text <Cite ids={sources} />.', /attribute values must be plain text/],
    ['Text <span {...props}>x</span>.', /spread attribute/],
    ['Text <>x</>.', /fragments/],
  ])('rejects %j with a message that says what to write instead', async (body, message) => {
    await expect(render(body, {})).rejects.toThrow(message);
    await expect(render(body, {})).rejects.toBeInstanceOf(MdxBodyError);
  });

  it('names the line of the problem', async () => {
    await expect(render('One.\n\nTwo <Chart />.', {})).rejects.toThrow(/\(line 3:5\)/);
  });

  // Each built without a word and then failed in the browser: unpublished files, blocked by the CSP, or no place to go.
  it.each([
    ['One.\n\n![The map](./map.png)', /<img>: images are not available in content yet.*\(line 3:1\)/],
    ['![The map](https://example.org/map.png)', /<img>: images are not available/],
    ['Text <img src="/map.png" alt="Map" />.', /<img>: images are not available.*\(line 1:6\)/],
    ['<iframe src="https://example.org/embed"></iframe>', /<iframe>: embeds are not available in content.*link to it instead/],
    ['<script>alert(1)</script>', /<script>: scripts are not available in content/],
    ['<style media="print"></style>', /<style>: styles are not available in content/],
    ['<video src="https://example.org/v.mp4" />', /<video>: video is not available/],
    ['<form action="/x"><input /></form>', /<form>: forms are not available/],
    ['Text <span style="color:red">red</span>.', /<span style>: styles are not available in content.*\(line 1:6\)/],
    ['<button onclick="alert(1)">Go</button>', /<button onclick>: scripts are not available in content/],
    ['See [this](javascript:alert(1)).', /a link to "javascript:alert\(1\)": scripts are not available.*link to a web address/],
    ['<a href="data:text/html,x">x</a>', /a link to "data:text\/html,x": scripts are not available/],
    ['<svg><image href="https://e.org/x.png" /></svg>', /<svg>: drawings \(<svg>\) are not available/],
  ])('refuses %j, saying why and what to write instead', async (body, message) => {
    await expect(render(body, {})).rejects.toThrow(message);
  });

  it('still renders links and the other HTML elements it allows', async () => {
    const { html } = await render('See [the map](https://example.org/map.png) and <abbr title="Ministry of Defence">MoD</abbr>.', {});
    expect(html).toBe('<p>See <a href="https://example.org/map.png">the map</a> and <abbr title="Ministry of Defence">MoD</abbr>.</p>');
  });
});

describe('explainFailure', () => {
  it('reports positions in file lines, counting the frontmatter', async () => {
    const file = '---\ntitle: T\nid: talks\n---\n\nFirst paragraph.\n\nSecond with <strong>unclosed.\n';
    const body = 'First paragraph.\n\nSecond with <strong>unclosed.';
    expect(bodyStartLine(file, body)).toBe(6);
    const unclosed = await explainFailure(render, body, {}, file);
    expect(unclosed.message).toMatch(/^the MDX does not compile: Expected a closing tag for `<strong>` \(8:13-8:21\)/);
    expect(unclosed.line).toBe(8);
    const component = await explainFailure(render, 'Two <Chart />.', {}, '---\na: 1\n---\nTwo <Chart />.');
    expect(component.message).toMatch(/\(line 4:5\)/);
    expect(component).toMatchObject({ line: 4, column: 5 });
  });
});

describe('citation placeholders', () => {
  it('renders each placeholder in order from the page registry, escaping attributes', () => {
    const html = `<p>A <${CITE_PLACEHOLDER_TAG} data-ids="V1"></${CITE_PLACEHOLDER_TAG}> B <${CITE_PLACEHOLDER_TAG} data-ids="V2 V1"></${CITE_PLACEHOLDER_TAG}></p>`;
    const seen: string[][] = [];
    let n = 0;
    const out = resolveCitePlaceholders(html, (ids) => {
      seen.push(ids);
      return citeMarkup(ids.map((id) => ({ number: ++n, anchor: `cite-${id}`, href: `/s?a=1&b="2"#ref-${n}` })));
    });
    expect(seen).toEqual([['V1'], ['V2', 'V1']]);
    expect(out).toBe(
      '<p>A&#xA0;<sup class="ex-cite"><a id="cite-V1" href="/s?a=1&amp;b=&quot;2&quot;#ref-1" aria-label="Source 1">[1]</a></sup> B&#xA0;' +
        '<sup class="ex-cite"><a id="cite-V2" href="/s?a=1&amp;b=&quot;2&quot;#ref-2" aria-label="Source 2">[2]</a> <a id="cite-V1" href="/s?a=1&amp;b=&quot;2&quot;#ref-3" aria-label="Source 3">[3]</a></sup></p>',
    );
  });
  it('binds a marker to the word before it, so no line starts with one; after a tag (a paragraph’s end) nothing is added', () => {
    const tag = (ids: string) => `<${CITE_PLACEHOLDER_TAG} data-ids="${ids}"></${CITE_PLACEHOLDER_TAG}>`;
    const out = resolveCitePlaceholders(`<p>Palace.\n${tag('V1')}</p>\n${tag('V2')}<p>Two  ${tag('V3')}</p>`, (ids) => `[${ids[0]}]`);
    expect(out).toBe('<p>Palace.&#xA0;[V1]</p>\n[V2]<p>Two&#xA0;[V3]</p>');
  });
  it('fails on a placeholder it cannot read rather than printing it', () => {
    expect(() => resolveCitePlaceholders(`<${CITE_PLACEHOLDER_TAG} ids="V1"></${CITE_PLACEHOLDER_TAG}>`, () => '')).toThrow(/not in the expected form/);
  });
});

describe('bodyHtml', () => {
  it('returns the rendered HTML, or names the file that has none', () => {
    expect(bodyHtml({ id: 'a', collection: 'sections', rendered: { html: '<p>x</p>' } })).toBe('<p>x</p>');
    expect(() => bodyHtml({ id: 'a', collection: 'sections', filePath: 'content/articles/a/01-x.mdx' })).toThrow(
      'content/articles/a/01-x.mdx: field "body": has no rendered HTML',
    );
  });
});

describe('shiftHeadings', () => {
  const html = '<h2 id="energy-plan"><a href="#energy-plan">The plan</a></h2><p>Text &lt;h2&gt; and <code>&lt;h3&gt;</code></p><h3>Detail</h3><h6>Deep</h6><header>x</header><hr>';
  it('moves every heading tag down, opening and closing, and nothing else', () => {
    expect(shiftHeadings(html, 1)).toBe(
      '<h3 id="energy-plan"><a href="#energy-plan">The plan</a></h3><p>Text &lt;h2&gt; and <code>&lt;h3&gt;</code></p><h4>Detail</h4><h6>Deep</h6><header>x</header><hr>',
    );
  });
  it('leaves the HTML as it is at 0 and refuses a negative or fractional offset', () => {
    expect(shiftHeadings(html, 0)).toBe(html);
    expect(() => shiftHeadings(html, -1)).toThrow('shiftHeadings');
    expect(() => shiftHeadings(html, 0.5)).toThrow('shiftHeadings');
  });
});

describe('withBaseInLinks', () => {
  const html = '<p><a href="/topics/energy/">Energy</a>, <a class="x" href="/articles/a/#energy">a part</a>, <a href="https://example.org/">out</a>, <a href="//cdn.example.org/x">cdn</a>, <a href="#energy--costs">here</a>, <a href="../b/">up</a>; text href="/not-a-link/"</p>';
  it('puts the base in front of links written from the site’s root, and only those', () => {
    expect(withBaseInLinks(html, '/explainer/')).toBe(
      '<p><a href="/explainer/topics/energy/">Energy</a>, <a class="x" href="/explainer/articles/a/#energy">a part</a>, <a href="https://example.org/">out</a>, <a href="//cdn.example.org/x">cdn</a>, <a href="#energy--costs">here</a>, <a href="../b/">up</a>; text href="/not-a-link/"</p>',
    );
    expect(withBaseInLinks(html, '/explainer')).toBe(withBaseInLinks(html, '/explainer/'));
  });
  it('changes nothing at the root, and refuses a base that is not a path', () => {
    expect(withBaseInLinks(html, '/')).toBe(html);
    expect(() => withBaseInLinks(html, 'explainer/')).toThrow(/must start with "\/"/);
  });
});
