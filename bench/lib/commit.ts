/**
 * The code a benchmark measured: `git rev-parse --short HEAD`, plus `-dirty`
 * when files other than the benchmarks' own outputs differ from it. Recorded
 * with every result, so figures from different code are never compared as if
 * they were one run. Uncommitted changes are named by a hash of the diff and
 * the untracked files' names and contents, so two different working trees on
 * the same commit never share a label. Undefined outside a git checkout.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

/** The files the benchmarks write: changing them does not change the code measured. */
export const BENCH_OUTPUTS = ['bench/results.json', 'BENCHMARKS.md'] as const;

export function measuredCommit(root: string): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 ** 2 });
    const outside = ['--', '.', ...BENCH_OUTPUTS.map((f) => `:!${f}`)];
    if (git('status', '--porcelain', ...outside).trim() === '') return head;
    const hash = createHash('sha256').update(git('diff', 'HEAD', ...outside));
    for (const file of git('ls-files', '--others', '--exclude-standard', ...outside).split('\n').filter(Boolean)) {
      hash.update(`\0${file}\0`);
      hash.update(git('hash-object', '--', file));
    }
    return `${head}-dirty-${hash.digest('hex').slice(0, 8)}`;
  } catch {
    return undefined;
  }
}
