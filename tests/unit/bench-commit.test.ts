// bench/lib/commit.ts on a scratch git repository: the label a benchmark result records.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measuredCommit } from '../../bench/lib/commit.ts';

describe('measuredCommit', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-commit-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, encoding: 'utf8' }).trim();
  git('init', '-q');
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'bench'));
  writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
  git('add', '.');
  git('commit', '-qm', 'one');
  const head = git('rev-parse', '--short=10', 'HEAD');

  it('is the short commit on a clean tree, and ignores the benchmarks’ own outputs', () => {
    expect(measuredCommit(root)).toBe(head);
    writeFileSync(join(root, 'BENCHMARKS.md'), '# new\n');
    writeFileSync(join(root, 'bench/results.json'), '{}\n');
    expect(measuredCommit(root)).toBe(head);
  });

  it('names uncommitted changes by their content, so two different trees never share a label', () => {
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    const first = measuredCommit(root);
    expect(first).toMatch(new RegExp(`^${head}-dirty-[0-9a-f]{8}$`));
    expect(measuredCommit(root)).toBe(first);
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 3;\n');
    expect(measuredCommit(root)).not.toBe(first);
    const edited = measuredCommit(root);
    writeFileSync(join(root, 'src/new.ts'), 'export const b = 1;\n');
    expect(measuredCommit(root)).not.toBe(edited);
  });

  it('is undefined outside a git checkout', () => {
    const plain = mkdtempSync(join(tmpdir(), 'bench-commit-plain-'));
    try {
      expect(measuredCommit(plain)).toBeUndefined();
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
