#!/usr/bin/env node
/**
 * `npm test`: every gate in order, then one closing line `N passed, N failed`
 * with the totals over all suites (the CI reads that line). Exits non-zero on
 * any failure. Each step can be run alone (README "Quality").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * kind: 'single' counts the step as one check; 'vitest' and 'playwright' read
 * their JSON reports; 'report' reads `{ passed, failed }` that the quality-gate
 * scripts write (scripts/qa-common.mjs). `needs` names a step that must have passed first.
 */
const steps = [
  { name: 'types (astro check)', cmd: npm, args: ['run', '--silent', 'check'], kind: 'single' },
  { name: 'unit and component tests (vitest)', cmd: npm, args: ['run', '--silent', 'test:unit'], kind: 'vitest', report: 'test-results/vitest.json' },
  // Builds a copy of the project with scaffolded, draft and corrected articles (issue 8).
  { name: 'editor workflow (vitest, one build)', cmd: npm, args: ['run', '--silent', 'test:workflow'], kind: 'vitest', report: 'test-results/vitest-workflow.json' },
  // One build per broken fixture, two at a time (issue 6).
  { name: 'bad content fails the build clearly (broken fixtures)', cmd: npm, args: ['run', '--silent', 'test:broken-content'], kind: 'report', report: 'test-results/broken-content.json' },
  { name: 'production build at /', cmd: npm, args: ['run', '--silent', 'build'], kind: 'single', id: 'build' },
  { name: 'valid HTML and heading outline (html-validate)', cmd: npm, args: ['run', '--silent', 'test:html'], kind: 'report', report: 'test-results/html.json', needs: ['build'] },
  { name: 'page budgets (gzip/brotli)', cmd: npm, args: ['run', '--silent', 'test:budgets'], kind: 'report', report: 'test-results/budgets.json', needs: ['build'] },
  { name: 'production build at /explainer/', cmd: npm, args: ['run', '--silent', 'build:subpath'], kind: 'single', id: 'build-subpath' },
  { name: 'build with a renamed section (aliases)', cmd: npm, args: ['run', '--silent', 'build:renamed'], kind: 'single', id: 'build-renamed' },
  { name: 'build of 45 synthetic articles under /explainer/ (listing pages in pages)', cmd: npm, args: ['run', '--silent', 'build:scale'], kind: 'single', id: 'build-scale' },
  {
    name: 'valid HTML and heading outline at 45 articles (html-validate)',
    cmd: process.execPath,
    args: ['scripts/validate-html.mjs', '--dist', 'dist-scale', '--report', 'test-results/html-scale.json'],
    kind: 'report',
    report: 'test-results/html-scale.json',
    needs: ['build-scale'],
  },
  {
    name: 'page budgets at 45 articles (gzip/brotli)',
    cmd: process.execPath,
    args: ['scripts/check-budgets.mjs', '--dist', 'dist-scale', '--base', '/explainer/', '--report', 'test-results/budgets-scale.json'],
    kind: 'report',
    report: 'test-results/budgets-scale.json',
    needs: ['build-scale'],
  },
  { name: 'permalinks: every URL in permalinks.json still resolves', cmd: npm, args: ['run', '--silent', 'permalinks:check'], kind: 'single', needs: ['build'] },
  {
    name: 'end-to-end tests (playwright)',
    cmd: npm,
    args: ['exec', '--', 'playwright', 'test'],
    kind: 'playwright',
    report: 'test-results/playwright.json',
    needs: ['build', 'build-subpath', 'build-renamed', 'build-scale'],
  },
];

const results = [];
const passedIds = new Set();

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function countsFor(step, status) {
  const ok = status === 0;
  if (step.kind === 'vitest') {
    const r = readJson(step.report);
    // A skipped or todo test proves nothing, so it counts against the run.
    const failed = (r?.numFailedTests ?? 0) + (r?.numPendingTests ?? 0) + (r?.numTodoTests ?? 0);
    if (r) return { passed: r.numPassedTests ?? 0, failed: failed + (ok || failed ? 0 : 1) };
  }
  if (step.kind === 'report') {
    const r = readJson(step.report);
    if (r) return { passed: r.passed ?? 0, failed: (r.failed ?? 0) + (ok || r.failed ? 0 : 1) };
  }
  if (step.kind === 'playwright') {
    const r = readJson(step.report);
    if (r?.stats) {
      const failed = (r.stats.unexpected ?? 0) + (r.stats.flaky ?? 0) + (r.stats.skipped ?? 0);
      return { passed: r.stats.expected ?? 0, failed: failed + (ok || failed ? 0 : 1) };
    }
  }
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

for (const step of steps) {
  const missing = (step.needs ?? []).filter((id) => !passedIds.has(id));
  if (missing.length > 0) {
    console.log(`\n✗ ${step.name}: not run, because ${missing.join(', ')} failed`);
    results.push({ step, passed: 0, failed: 1 });
    continue;
  }
  if (step.report && existsSync(step.report)) rmSync(step.report);
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  // CI=1: Playwright and Vitest refuse a stray `.only`, and Playwright starts its
  // own servers on the fresh builds instead of reusing one already running.
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, CI: '1', FORCE_COLOR: '0' } });
  const status = run.status ?? 1;
  const counts = countsFor(step, status);
  if (status === 0 && step.id) passedIds.add(step.id);
  results.push({ step, ...counts, seconds: (Date.now() - started) / 1000 });
  console.log(`${status === 0 ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed === 0 ? '✓' : '✗'} ${r.step.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
