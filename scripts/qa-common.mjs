/**
 * Shared plumbing for the quality-gate scripts (check-budgets, validate-html,
 * check-broken-content): command-line options, the built pages, and the small
 * JSON report scripts/run-tests.mjs reads for its `N passed, N failed` counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `--name value` from argv, or the fallback when the option is absent (`--report ''` turns the report off). */
export function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

/** Every .html file under dist, as sorted POSIX paths relative to it (src/lib/built-files.ts). */
export { htmlFilesIn } from '../src/lib/built-files.ts';

/** Writes { passed, failed, ... } for run-tests.mjs; no-op when `report` is empty. */
export function writeReport(report, data) {
  if (!report) return;
  mkdirSync(path.dirname(report), { recursive: true });
  writeFileSync(report, JSON.stringify(data, null, 2));
}
