#!/usr/bin/env node
/**
 * Valid HTML and a sound heading outline on every built page (issue 6).
 *
 *   node scripts/validate-html.mjs [--dist dist] [--report test-results/html.json]
 *
 * - html-validate with its recommended rules (.htmlvalidate.json); zero errors.
 * - One h1 per page and no skipped heading levels (src/lib/heading-outline.ts).
 *
 * Prints one line per page, then every problem with file, line and rule; exits 1
 * on any. A rule set to "off" in .htmlvalidate.json must have its reason in
 * DISABLED_RULES below (JSON has no comments), or this script fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { checkOutline, headingsIn } from '../src/lib/heading-outline.ts';
import { htmlFilesIn, option, writeReport } from './qa-common.mjs';

/** Every rule .htmlvalidate.json turns off, and why. */
export const DISABLED_RULES = {
  'long-title':
    'Headlines are reproduced verbatim (README) and a section page title is "<section>: <headline> | <site>", so titles run past the 70 characters ' +
    'search engines display. That limit is a display guideline for search results, not validity; each title stays unique and descriptive (WCAG 2.4.2).',
};

const args = process.argv.slice(2);
const dist = path.resolve(option(args, '--dist', 'dist'));
const report = option(args, '--report', 'test-results/html.json');

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
const off = Object.entries(config.rules ?? {})
  .filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)))
  .map(([k]) => k);
const unexplained = off.filter((rule) => !(rule in DISABLED_RULES));
const stale = Object.keys(DISABLED_RULES).filter((rule) => !off.includes(rule));
if (unexplained.length > 0 || stale.length > 0) {
  for (const r of unexplained) console.error(`✗ .htmlvalidate.json turns off "${r}" without a reason; add one to DISABLED_RULES in scripts/validate-html.mjs`);
  for (const r of stale) console.error(`✗ DISABLED_RULES explains "${r}", which .htmlvalidate.json does not turn off; remove the entry`);
  process.exit(1);
}

const files = htmlFilesIn(dist);
if (files.length === 0) {
  console.error(`No HTML files in ${dist}; run npm run build first.`);
  process.exit(1);
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
console.log(`html-validate (html-validate:recommended${off.length ? `; off: ${off.join(', ')}` : ''}) and heading outline, ${files.length} pages in ${path.relative(process.cwd(), dist)}`);
for (const rule of off) console.log(`  "${rule}" is off: ${DISABLED_RULES[rule]}`);
console.log('');

const results = [];
for (const file of files) {
  const full = path.join(dist, file);
  const res = await validator.validateFile(full);
  const problems = res.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${file}:${m.line}:${m.column} ${m.message} [${m.ruleId}]`),
  );
  const headings = headingsIn(readFileSync(full, 'utf8'));
  problems.push(...checkOutline(headings).map((p) => `${file}: heading outline: ${p} [heading-outline]`));
  results.push({ file, problems });
  const outline = headings.map((h) => `h${h.level}`).join(' ');
  console.log(`  ${problems.length === 0 ? '✓' : '✗'} ${file}: ${problems.length} error${problems.length === 1 ? '' : 's'}; outline ${outline || '(none)'}`);
}

const failed = results.filter((r) => r.problems.length > 0);
writeReport(report, { passed: results.length - failed.length, failed: failed.length, results });
if (failed.length > 0) {
  console.error(`\n✗ ${failed.length} of ${results.length} pages have errors:`);
  for (const r of failed) for (const p of r.problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`\n✓ ${results.length} pages valid, each with one h1 and no skipped heading levels`);
