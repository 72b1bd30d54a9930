#!/usr/bin/env node
/**
 * Builds the real content with one section renamed the way an editor should do
 * it: new id, old id kept in `aliases`. The result (dist-renamed/) lets the
 * browser tests prove that old links (/articles/<a>/energy/ and #energy) still
 * land on the section. Content is copied to a temporary folder; nothing in
 * content/ changes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RENAMED = { article: 'min-aung-hlaing-russia-visit-2025', file: '02-energy.mdx', from: 'energy', to: 'energy-and-economy' };

const dir = mkdtempSync(join(tmpdir(), 'explainer-renamed-'));
try {
  cpSync('content', dir, { recursive: true });
  const file = join(dir, 'articles', RENAMED.article, RENAMED.file);
  const text = readFileSync(file, 'utf8');
  const renamed = text.replace(`\nid: ${RENAMED.from}\n`, `\nid: ${RENAMED.to}\naliases: [${RENAMED.from}]\n`);
  if (renamed === text) throw new Error(`${file}: expected a line "id: ${RENAMED.from}" to rename`);
  writeFileSync(file, renamed);
  const note = join(dir, 'articles', RENAMED.article, 'context', `${RENAMED.from}.mdx`);
  writeFileSync(note, readFileSync(note, 'utf8').replace(`\nsection: ${RENAMED.from}\n`, `\nsection: ${RENAMED.to}\n`));
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: './dist-renamed' },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
