#!/usr/bin/env node
/**
 * `npm run new -- "Article title" [--topics energy,military] [--id my-id]
 *   [--date YYYY-MM-DD] [--publish]`
 *
 * Scaffolds content/articles/<id>/ (or $CONTENT_DIR/articles/<id>/): an
 * index.mdx and one section per topic, a draft unless --publish. Asks for the
 * topics when none are given and stdin is a terminal. What it writes is decided
 * in src/lib/scaffold.ts (tested); this file only reads, asks and writes.
 * Guide: docs/authoring.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { load } from 'js-yaml';
import { articleIdProblem, isoDay, parseTopicAnswer, parseTopicList, previewUrl, scaffoldFiles, slugify } from '../src/lib/scaffold.ts';

const USAGE = 'usage: npm run new -- "Article title" [--topics energy,military] [--id article-id] [--date YYYY-MM-DD] [--publish]';

function fail(message) {
  console.error(`npm run new: ${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      topics: { type: 'string' },
      id: { type: 'string' },
      date: { type: 'string' },
      publish: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const title = positionals.join(' ').trim();
if (title === '') fail('give the article title in quotes');

const contentDir = (process.env.CONTENT_DIR ?? '').trim() || './content';
const topicsFile = join(contentDir, 'topics.yaml');
const known = (load(readFileSync(topicsFile, 'utf8')) ?? [])
  .slice()
  .sort((a, b) => a.order - b.order)
  .map((t) => ({ id: String(t.id), name: String(t.name) }));

const id = values.id ?? slugify(title);
const idProblem = articleIdProblem(id);
if (idProblem) fail(idProblem);
const folder = join(contentDir, 'articles', id);
if (existsSync(folder)) fail(`${folder} already exists; choose another title or pass --id`);

let topics;
try {
  if (values.topics !== undefined) {
    topics = parseTopicList(values.topics, known);
  } else if (process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    console.log('Topics (one section file each):');
    known.forEach((t, i) => console.log(`  ${i + 1}. ${t.id} (${t.name})`));
    for (;;) {
      const answer = await rl.question('Which topics, in reading order? (e.g. 1,3 or energy,military) ');
      try {
        topics = parseTopicAnswer(answer, known);
        break;
      } catch (error) {
        console.log(`  ${error.message}`);
      }
    }
    rl.close();
  } else {
    fail(`pass --topics (stdin is not a terminal); expected some of: ${known.map((t) => t.id).join(', ')}`);
  }
} catch (error) {
  fail(error.message);
}

let files;
try {
  files = scaffoldFiles({ title, id, published: values.date ?? isoDay(new Date()), topics, draft: !values.publish });
} catch (error) {
  fail(error.message);
}
mkdirSync(folder, { recursive: true });
for (const f of files) writeFileSync(join(folder, f.path), f.content, { flag: 'wx' });

const shown = relative(process.cwd(), folder);
console.log(`Created ${shown.startsWith('..') ? folder : shown}/ (${values.publish ? 'published' : 'draft'}):`);
for (const f of files) console.log(`  ${f.path}`);
console.log(`\nNext: replace every TODO, run \`npm run dev\`, and open ${previewUrl(id, process.env.BASE_PATH)}`);
console.log('Check the content without a build: npm run check:content. Guide: docs/authoring.md');
