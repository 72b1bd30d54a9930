/**
 * The editor's workflow end to end (issue 8), on a copy of content/ with three
 * articles added by `npm run new`: one published (TODOs filled in, with an
 * update and two corrections), one draft, one scheduled for 2099. One
 * production build (astro build + Pagefind, as `npm run build`), then every
 * output is read: pages, sitemap, feeds, Pagefind index, OG images, JSON-LD.
 *
 * It all runs in a copy of the project under the temp dir (node_modules
 * linked): Astro keeps content-modules.mjs in <root>/.astro whatever the
 * config says, so a build of other content in this tree races any sync or
 * build running beside it ("UnknownContentCollectionError … while rendering").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { countryName } from '../../src/lib/countries';
import { parseContentYaml } from '../../src/lib/frontmatter';
import { checkOutline, headingsIn } from '../../src/lib/heading-outline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const root = mkdtempSync(join(tmpdir(), 'editor-workflow-'));
const project = join(root, 'project');
const content = join(project, 'content');
const dist = join(project, 'dist');
// NODE_ENV stays as Vitest sets it ("test"): a production build must leave drafts out even so.
const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: 'https://news.example.org', BASE_PATH: '/', FORCE_COLOR: '0' };
for (const key of ['CONTENT_DIR', 'OUT_DIR', 'ASTRO_CACHE_DIR']) delete env[key];
const PROJECT_FILES = ['src', 'scripts', 'public', 'content', 'astro.config.ts', 'tsconfig.json', 'package.json', 'pagefind.yml'];

const PUBLISHED = { id: 'workflow-test-published-article', title: 'Workflow test: published article' };
const DRAFT = { id: 'workflow-test-draft-article', title: 'Workflow test: draft article' };
const SCHEDULED = { id: 'workflow-test-scheduled-article', title: 'Workflow test: scheduled article' };
const HIDDEN = [DRAFT, SCHEDULED];

const timings: Record<string, number> = {};
let lastStderr = '';

function run(label: string, cmd: string, args: string[]) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: project, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  timings[label] = (Date.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  lastStderr = result.stderr;
  return result.stdout;
}

function scaffold(title: string, ...flags: string[]): string {
  return run(`new ${title}`, process.execPath, ['scripts/new-article.mjs', title, ...flags]);
}

/** Replaces every scaffold TODO in an article folder, as an editor would. */
function fillIn(id: string) {
  const folder = join(content, 'articles', id);
  for (const file of readdirSync(folder)) {
    const path = join(folder, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/TODO: [^"\n]*/g, 'Workflow test text, not news.'));
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Every Pagefind fragment, decompressed: one JSON record per indexed page. */
function pagefindRecords(): { url: string; content: string }[] {
  return files(join(dist, 'pagefind', 'fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(f)).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{')));
  });
}

let scaffoldOutput = '';
let checkOutput = '';
let buildLog = '';
beforeAll(() => {
  for (const path of PROJECT_FILES.filter((p) => existsSync(p))) cpSync(path, join(project, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  scaffoldOutput = scaffold(PUBLISHED.title, '--topics', 'energy,military', '--publish', '--date', '2026-01-10');
  fillIn(PUBLISHED.id);
  const index = join(content, 'articles', PUBLISHED.id, 'index.mdx');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace(
      'corrections: []',
      'updated: 2026-01-20\ncorrections:\n  - date: 2026-02-01\n    text: Workflow test correction, the later one.\n  - date: 2026-01-15\n    text: Workflow test correction, the earlier one.',
    ),
  );
  // A subheading in a section body, as the guide allows.
  const energy = join(content, 'articles', PUBLISHED.id, '01-energy.mdx');
  writeFileSync(energy, `${readFileSync(energy, 'utf8')}\n## Workflow subheading\n\nMore workflow test text.\n`);
  // A note after its energy section, as the seed article has one after its own `energy` section.
  mkdirSync(join(content, 'articles', PUBLISHED.id, 'context'));
  writeFileSync(
    join(content, 'articles', PUBLISHED.id, 'context', 'energy.mdx'),
    `---\narticle: ${PUBLISHED.id}\nsection: energy\ntopic: energy\n---\n\nWorkflow test context, not news. <Cite ids="V3" />\n`,
  );
  // A place in a country the seed article's map does not show, south of its old
  // frame (Myanmar to Russia): the map highlights the country and fits the place in.
  writeFileSync(
    join(content, 'places.yaml'),
    `${readFileSync(join(content, 'places.yaml'), 'utf8')}- id: workflow-jakarta\n  label: Jakarta\n  country: ID\n  note: Workflow test place, not news.\n  sources: [V3]\n`,
  );
  scaffold(DRAFT.title, '--topics', 'diplomacy');
  scaffold(SCHEDULED.title, '--topics', 'domestic', '--publish', '--date', '2099-01-01');
  fillIn(SCHEDULED.id);
  checkOutput = run('check:content', process.execPath, ['scripts/check-content.mjs']);
  buildLog = run('build', npm, ['run', '--silent', 'build']) + lastStderr;
}, 240_000);

afterAll(() => {
  console.log(`editor workflow timings (s): ${JSON.stringify(timings)}`);
  if (!process.env.KEEP_WORKFLOW_TMP) rmSync(root, { recursive: true, force: true });
});

describe('npm run new', () => {
  it('prints the files and the preview URL', () => {
    expect(scaffoldOutput).toContain(`articles/${PUBLISHED.id}/ (published):\n  index.mdx\n  01-energy.mdx\n  02-military.mdx\n`);
    expect(scaffoldOutput).toContain(`open http://localhost:4321/articles/${PUBLISHED.id}/`);
  });
  it('refuses to overwrite an existing article', () => {
    const again = spawnSync(process.execPath, ['scripts/new-article.mjs', PUBLISHED.title, '--topics', 'energy'], { cwd: project, env, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`npm run new: content/articles/${PUBLISHED.id} already exists; choose another title or pass --id`);
  });
});

describe('npm run check:content', () => {
  it('passes the scaffolded content: a draft may keep its TODOs', () => {
    expect(checkOutput).toMatch(/\ncheck:content: 4 article\(s\) \(1 draft\), 9 section\(s\), 6 context note\(s\) in \.\/content; no problems\. [\d.]+ s\n$/);
  });
  it('names the article dated after today, which a build leaves out, before its summary', () => {
    expect(checkOutput.split('\n')[0]).toBe(
      `check:content: 1 article is dated after today, so production builds leave it out until then: "${SCHEDULED.id}" (published: 2099-01-01). If that is a typo, fix "published:" in the article's index.mdx.`,
    );
  });
});

describe('npm run build', () => {
  it('names the article it leaves out for its date, once', () => {
    const said = buildLog.split('\n').filter((l) => l.includes(`"${SCHEDULED.id}" (published: 2099-01-01)`));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^\[explainer\] 1 article is dated after today/);
  });
});

describe('a scaffolded article builds', () => {
  it('has its article page and one page per chosen topic', () => {
    const page = parse(readFileSync(join(dist, 'articles', PUBLISHED.id, 'index.html'), 'utf8'));
    expect(page.querySelector('h1')!.text).toBe(PUBLISHED.title);
    expect(page.querySelectorAll('section[aria-labelledby] h2').map((h) => h.id).slice(0, 2)).toEqual(['energy', 'military']);
    for (const section of ['energy', 'military']) expect(existsSync(join(dist, 'articles', PUBLISHED.id, section, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'og', 'articles', `${PUBLISHED.id}.png`))).toBe(true);
  });
  it("shows no other article's disagreements (they name the seed article)", () => {
    const page = parse(readFileSync(join(dist, 'articles', PUBLISHED.id, 'index.html'), 'utf8'));
    expect(page.querySelector('#where-reports-differ')).toBeNull();
    const seed = parse(readFileSync(join(dist, 'articles', 'min-aung-hlaing-russia-visit-2025', 'index.html'), 'utf8'));
    expect(seed.querySelector('#where-reports-differ')!.text).toBe('Where reports differ');
  });
});

describe('a subheading in a section body', () => {
  it('sits one level under its section on both pages: h3 under the h2 on the article page, h2 under the h1 on its own', () => {
    for (const [page, level] of [[join(dist, 'articles', PUBLISHED.id, 'index.html'), 3], [join(dist, 'articles', PUBLISHED.id, 'energy', 'index.html'), 2]] as const) {
      const html = readFileSync(page, 'utf8');
      const sub = headingsIn(html).find((h) => h.text.includes('Workflow subheading'));
      expect(sub?.level, page).toBe(level);
      expect(checkOutline(headingsIn(html)), page).toEqual([]);
    }
  });
});

describe('a place added to content/places.yaml in another country', () => {
  it('is marked, keyed and its country highlighted on the map, with nothing else to change', () => {
    const html = parse(readFileSync(join(dist, 'background', 'index.html'), 'utf8'));
    const map = html.querySelector('figure.ex-map')!;
    // The seed's places as the editor left them, and Jakarta: every country is highlighted, every place keyed.
    const seed = parseContentYaml(readFileSync('content/places.yaml', 'utf8')) as { label: string; country: string }[];
    const highlighted = map.querySelectorAll('path.hl').map((p) => p.getAttribute('data-country'));
    expect(highlighted).toContain('Indonesia');
    expect(highlighted).toEqual([...new Set([...seed.map((p) => countryName(p.country)), 'Indonesia'])].sort());
    expect(map.querySelector('[data-place="Jakarta"]')).not.toBeNull();
    expect(map.querySelectorAll('[data-place]').map((g) => g.getAttribute('data-place')).sort()).toEqual([...seed.map((p) => p.label), 'Jakarta'].sort());
    expect(map.querySelector('desc')!.text).toMatch(/^Map with (\w+, )*Indonesia(, \w+)*( and \w+)? highlighted, marking .*\bJakarta\b/);
    expect(map.querySelector('figcaption')!.text).toContain('Workflow test place, not news.');
    // Inside the frame.
    const [, , width, height] = map.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    const dot = map.querySelector('[data-place="Jakarta"] circle')!;
    const [cx, cy] = [Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy'))];
    expect(cx > 0 && cx < width && cy > 0 && cy < height, `${cx},${cy} in ${width}×${height}`).toBe(true);
  });
});

describe('a topic page with notes from two articles on sections of the same id', () => {
  it('gives each note its own label id and names its article', () => {
    const html = parse(readFileSync(join(dist, 'topics', 'energy', 'index.html'), 'utf8'));
    const ids = html.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const labels = html.querySelectorAll('aside.ex-context').map((a) => html.querySelector(`#${a.getAttribute('aria-labelledby')}`)!.text);
    expect(labels).toHaveLength(2);
    expect(labels.sort()).toEqual([`Context for Economic and Energy Cooperation, in “Myanmar’s Junta Chief Visits Russia for Strategic Talks”`, `Context for Energy, in “${PUBLISHED.title}”`]);
  });
});

describe('corrections', () => {
  const page = () => parse(readFileSync(join(dist, 'articles', PUBLISHED.id, 'index.html'), 'utf8'));

  it('render after the conclusion, oldest first, with their dates', () => {
    const section = page().querySelector('section[data-corrections]')!;
    expect(section.querySelector('h2')!.text).toBe('Corrections');
    expect(section.querySelectorAll('li').map((li) => li.text.trim())).toEqual([
      '15 January 2026: Workflow test correction, the earlier one.',
      '1 February 2026: Workflow test correction, the later one.',
    ]);
  });
  it('move "Updated", JSON-LD dateModified, the feed and the sitemap to the latest correction', () => {
    const html = page();
    expect(html.querySelector('.article-header .ex-meta')!.text).toContain('Updated 1 February 2026');
    const ld = html
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.text))
      .find((d) => d['@type'] === 'NewsArticle');
    expect(ld.datePublished).toBe('2026-01-10T00:00:00.000Z');
    expect(ld.dateModified).toBe('2026-02-01T00:00:00.000Z');
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const item = rss.split('<item>').find((i) => i.includes(`/articles/${PUBLISHED.id}/`))!;
    expect(item).toContain('<dcterms:modified>2026-02-01T00:00:00.000Z</dcterms:modified>');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>https://news.example.org/articles/${PUBLISHED.id}/</loc><lastmod>2026-02-01T00:00:00.000Z</lastmod>`);
  });
  it('move the section pages\' "Updated" and modified time too (its `updated:` says 20 January; the later correction, 1 February)', () => {
    const html = parse(readFileSync(join(dist, 'articles', PUBLISHED.id, 'energy', 'index.html'), 'utf8'));
    expect(html.querySelector('.section-page-header')!.text).toContain('Updated 1 February 2026');
    expect(html.querySelector('meta[property="article:modified_time"]')!.getAttribute('content')).toBe('2026-02-01T00:00:00.000Z');
  });
});

describe('drafts and scheduled articles stay out of the production build', () => {
  it('have no pages and no OG images', () => {
    for (const a of HIDDEN) {
      expect(existsSync(join(dist, 'articles', a.id))).toBe(false);
      expect(existsSync(join(dist, 'og', 'articles', `${a.id}.png`))).toBe(false);
      expect(existsSync(join(dist, 'og', 'articles', a.id))).toBe(false);
    }
  });
  it('are named in no built file: pages, sitemap, feeds, robots, headers', () => {
    const texts = files(dist).filter((f) => /\.(html|xml|txt|json|js)$/.test(f) || f.endsWith('_headers'));
    expect(texts.map((f) => relative(dist, f))).toEqual(expect.arrayContaining(['index.html', 'rss.xml', 'sitemap-0.xml', 'topics/diplomacy/rss.xml']));
    const mentions = texts.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return HIDDEN.flatMap((a) => (text.includes(a.id) || text.includes(a.title) ? [`${relative(dist, f)} names ${a.id}`] : []));
    });
    expect(mentions).toEqual([]);
    // The same scan finds the published article, so it can fail.
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(PUBLISHED.title);
  });
  it('are not in the Pagefind index', () => {
    const records = pagefindRecords();
    expect(records.map((r) => r.url)).toContain(`/articles/${PUBLISHED.id}/energy/`);
    const hidden = records.filter((r) => HIDDEN.some((a) => r.url.includes(a.id) || r.content.includes(a.title)));
    expect(hidden).toEqual([]);
  });
});
