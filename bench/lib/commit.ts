/**
 * The code a benchmark measured: `git rev-parse --short HEAD`, plus `-dirty`
 * when files other than the benchmarks' own outputs differ from it. Recorded
 * with every result, so figures from different code are never compared as if
 * they were one run. Undefined outside a git checkout.
 */
import { execFileSync } from 'node:child_process';

/** The files the benchmarks write: changing them does not change the code measured. */
export const BENCH_OUTPUTS = ['bench/results.json', 'BENCHMARKS.md'] as const;

export function measuredCommit(root: string): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', '.', ...BENCH_OUTPUTS.map((f) => `:!${f}`)], { cwd: root, encoding: 'utf8' }).trim();
    return changed ? `${head}-dirty` : head;
  } catch {
    return undefined;
  }
}
