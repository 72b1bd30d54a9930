#!/usr/bin/env node
/**
 * Bad content gets a clear error (issue 6). Builds each folder in
 * tests/fixtures/broken/ through the real pipeline —
 *   CONTENT_DIR=tests/fixtures/broken/<case> OUT_DIR=<tmp> astro build
 * — and asserts that the build exits non-zero, that its output names the file
 * and the field of the one defect, and that it leaves no site that looks
 * complete (no HTML page in OUT_DIR). tests/fixtures/content-minimal, the
 * folder every case was copied from, must build, so each failure is the defect's.
 *
 *   node scripts/check-broken-content.mjs [--only <case>] [--jobs 2] [--report test-results/broken-content.json]
 *
 * BROKEN_DEBUG=<dir> keeps each build's full output as <dir>/<case>.log.
 *
 * Builds run two at a time. Each runs in its own snapshot of the project in a
 * temporary folder (src/, public/, the config files and the content folder at
 * the same relative path, node_modules linked), because Astro keeps build state
 * in <root>/.astro/ whatever the cacheDir (content-modules.mjs, the .prerender
 * chunks): two builds in one root, or a build beside `astro check` or `astro
 * dev`, read each other's files. The snapshots are removed afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { option, writeReport } from './qa-common.mjs';

const BROKEN = 'tests/fixtures/broken';
const VALID = 'tests/fixtures/content-minimal';
const ARTICLE = 'articles/sample-article';

/**
 * One entry per folder in tests/fixtures/broken/: the defect, the file the
 * message must name (relative to the case folder) and how it must name the field.
 * `location`: the line Astro's "Location:" must point to in that file, where
 * the defect is a line of MDX (not our loader's own source line).
 */
export const CASES = {
  'unknown-topic': { defect: 'a section names a topic not in topics.yaml', file: `${ARTICLE}/02-power.mdx`, field: /field "topic": names topic "nuclear"/ },
  'missing-title': { defect: 'an article has no title', file: `${ARTICLE}/index.mdx`, field: /\btitle: Required/ },
  'duplicate-section-id': { defect: 'two sections of an article share an id', file: `${ARTICLE}/02-power.mdx`, field: /field "id": "talks" is already used/ },
  'duplicate-order': { defect: 'two sections of an article share an order', file: `${ARTICLE}/02-power.mdx`, field: /field "order": 1 is already used/ },
  'missing-article': { defect: 'a section names an article that does not exist', file: `${ARTICLE}/02-power.mdx`, field: /field "article": names article "no-such-article"/ },
  'invalid-date': { defect: 'an article is published on 2025-13-45', file: `${ARTICLE}/index.mdx`, field: /published in \S+ is not a date: 2025-13-45|\bpublished: Invalid/ },
  'malformed-mdx': { defect: 'a section body has an unclosed <strong>', file: `${ARTICLE}/01-talks.mdx`, field: /Expected a closing tag for `<strong>` \(10:25-10:33\)/, location: 10 },
  'component-in-mdx': { defect: 'a section body uses <Chart />, a component content cannot use', file: `${ARTICLE}/01-talks.mdx`, field: /field "body": the MDX does not compile: <Chart> is not available in content; .* \(line 10:33\)/, location: 10 },
  'unknown-citation': { defect: 'a timeline entry cites source S9, which does not exist', file: 'timeline.yaml', field: /field "sources": cites source "S9"/ },
  'unknown-citation-in-note': { defect: 'a context note cites <Cite ids="S2 S7" /> and S7 does not exist', file: `${ARTICLE}/context/power.mdx`, field: /field "sources": cites source "S7"/ },
  'reserved-section-id': { defect: 'a section takes the id "sources", a reserved route name', file: `${ARTICLE}/01-talks.mdx`, field: /\bid: is reserved for a route/ },
  'empty-section-body': { defect: 'a section has no text', file: `${ARTICLE}/02-power.mdx`, field: /field "body": the section has no text/ },
  'duplicate-data-id': { defect: 'two timeline entries share the id "meeting" (Astro\'s loader keeps only the later)', file: 'timeline.yaml', field: /\(entry 2\): field "id": "meeting" is already the id of entry 1/ },
  'section-saved-as-md': { defect: 'a section is saved as 02-power.md, which no collection reads', file: `${ARTICLE}/02-power.md`, field: /field "file name": is not read by the site: only \.mdx files are read: rename it to 02-power\.mdx/ },
  'misspelt-field': { defect: 'an article says "Draft: true" (capital D), which would otherwise publish it', file: `${ARTICLE}/index.mdx`, field: /\bDraft: unknown field: misspelt\? The fields here are: title, .*\bdraft\b/ },
  'non-http-source-url': { defect: 'a source URL is ftp://', file: 'sources.yaml', field: /\burl: url must be an http:\/\/ or https:\/\/ address/ },
  'frontmatter-not-yaml': { defect: 'a section title opens a [ it never closes, so its frontmatter is not YAML', file: `${ARTICLE}/02-power.mdx`, field: /:6:1: the frontmatter is not valid YAML: /, location: 6 },
  'proto-key': { defect: 'an article\'s frontmatter has a "__proto__:" key, which the schema would drop without a word', file: `${ARTICLE}/index.mdx`, field: /:6:1: the frontmatter is not valid YAML: "__proto__" cannot be a key/, location: 6 },
  'broken-internal-link': { defect: 'a section links to /articles/no-such-article/, a page the build does not write', file: `${ARTICLE}/02-power.mdx`, field: /the link "the missing article" \(\/articles\/no-such-article\/\) goes to \/articles\/no-such-article\/, a page the build did not write; written in \S+02-power\.mdx, field "body"/ },
  'updated-before-published': { defect: 'an article is updated on 2024-01-20, before it was published (2025-01-15)', file: `${ARTICLE}/index.mdx`, field: /\bupdated: is 2024-01-20, before published \(2025-01-15\)/ },
  'impossible-timeline-date': { defect: 'a timeline entry is dated 2025-02-30, which YAML would read as 2 March', file: 'timeline.yaml', field: /\bdate: must be a real calendar date/ },
};

const args = process.argv.slice(2);
const only = option(args, '--only', '');
const jobs = Number(option(args, '--jobs', '2'));
const report = option(args, '--report', 'test-results/broken-content.json');

const folders = readdirSync(BROKEN, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const unlisted = folders.filter((f) => !(f in CASES));
const absent = Object.keys(CASES).filter((c) => !folders.includes(c));
if (unlisted.length || absent.length) {
  for (const f of unlisted) console.error(`✗ ${BROKEN}/${f} has no entry in CASES (scripts/check-broken-content.mjs)`);
  for (const c of absent) console.error(`✗ CASES lists "${c}" but ${BROKEN}/${c} does not exist`);
  process.exit(1);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'explainer-broken-'));
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
/** What `astro build` reads besides the content and node_modules. */
const PROJECT_FILES = ['src', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json'];

/** A private copy of the project with `contentDir` at the same relative path; returns its root. */
function snapshot(name, contentDir) {
  const root = path.join(tmp, name, 'project');
  mkdirSync(root, { recursive: true });
  for (const f of PROJECT_FILES) if (existsSync(f)) cpSync(f, path.join(root, f), { recursive: true });
  cpSync(contentDir, path.join(root, contentDir), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Runs one build; resolves with exit code, output and the HTML files left in OUT_DIR. */
function build(name, contentDir) {
  const outDir = path.join(tmp, name, 'out');
  const started = Date.now();
  const cwd = snapshot(name, contentDir);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let raw = '';
    child.stdout.on('data', (d) => (raw += d));
    child.stderr.on('data', (d) => (raw += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 180_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const html = existsSync(outDir) ? readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [];
      // eslint-disable-next-line no-control-regex
      const output = raw.replace(/\x1b\[[0-9;]*m/g, '');
      resolve({ code: code ?? (signal ? 128 : 1), output, html: html.map(String).sort(), seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** The lines worth showing: errors and the problem list, without the build chatter. */
function errorLines(output) {
  return output
    .split('\n')
    .filter((l) => /error|problem|  - |Location|Hint|field|expected|invalid|reserved|closing tag/i.test(l) && !/MODULE_LEVEL_DIRECTIVE|use astro:head-inject/.test(l))
    .slice(0, 8)
    .map((l) => `      ${l.trim().slice(0, 240)}`)
    .join('\n');
}

function judge(name, r) {
  const problems = [];
  if (name === 'valid') {
    if (r.code !== 0) problems.push(`exit code ${r.code}; the valid fixture must build:\n${errorLines(r.output)}`);
    for (const page of ['index.html', `${ARTICLE}/index.html`, `${ARTICLE}/talks/index.html`, `${ARTICLE}/power/index.html`]) {
      if (!r.html.includes(page.split('/').join(path.sep))) problems.push(`built no ${page}`);
    }
    return problems;
  }
  const c = CASES[name];
  const file = `${BROKEN}/${name}/${c.file}`;
  if (r.code === 0) problems.push('exit code 0; the build must fail');
  // Astro names files by absolute or project-relative path (in the snapshot:
  // <tmp>/<case>/project/tests/fixtures/…); each contains this.
  if (!r.output.includes(file)) problems.push(`the output does not name the file ${file}`);
  if (!c.field.test(r.output)) problems.push(`the output does not name the field (expected ${c.field})`);
  if (c.location !== undefined) {
    const where = `${c.file}:${c.location}:`;
    const shown = /Location:\s*\n\s*(\S+)/.exec(r.output)?.[1];
    if (!shown?.includes(where)) problems.push(`"Location:" must point to ${where}…, not ${shown ?? 'nothing'}`);
  }
  if (r.html.length > 0) problems.push(`left ${r.html.length} HTML page${r.html.length > 1 ? 's' : ''} in OUT_DIR (${r.html.slice(0, 3).join(', ')}${r.html.length > 3 ? ', …' : ''})`);
  if (problems.length > 0) problems.push(`output:\n${errorLines(r.output)}`);
  return problems;
}

const queue = [['valid', VALID], ...folders.map((f) => [f, `${BROKEN}/${f}`])].filter(([name]) => !only || name === only);
const total = queue.length;
const results = [];
const started = Date.now();
console.log(`Building ${total} content folder${total === 1 ? '' : 's'} (${only ? only : `the valid fixture and ${folders.length} broken cases`}), ${jobs} at a time\n`);
if (process.env.BROKEN_DEBUG) mkdirSync(process.env.BROKEN_DEBUG, { recursive: true });

async function worker(list) {
  while (list.length > 0) {
    const [name, dir] = list.shift();
    const r = await build(name, dir);
    const problems = judge(name, r);
    if (process.env.BROKEN_DEBUG) writeFileSync(path.join(process.env.BROKEN_DEBUG, `${name}.log`), r.output);
    results.push({ name, code: r.code, seconds: r.seconds, problems });
    const what = name === 'valid' ? 'valid minimal fixture builds' : `${name}: ${CASES[name].defect}`;
    console.log(`  ${problems.length === 0 ? '✓' : '✗'} ${what} (exit ${r.code}, ${r.seconds.toFixed(1)} s)`);
    if (name !== 'valid' && problems.length === 0) {
      // The line that names the field, so the log shows what an editor would read.
      const line = r.output.split('\n').find((l) => CASES[name].field.test(l));
      if (line) console.log(`      ${line.trim().slice(0, 240)}`);
    }
    for (const p of problems) console.log(`      - ${p}`);
  }
}

try {
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, () => worker(queue)));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const failed = results.filter((r) => r.problems.length > 0);
writeReport(report, { passed: results.length - failed.length, failed: failed.length, results });
console.log(`\n${failed.length === 0 ? '✓' : '✗'} ${results.length - failed.length} of ${results.length} content folders behaved (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed.length === 0 ? 0 : 1);
