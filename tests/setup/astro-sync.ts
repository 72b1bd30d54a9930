import { execFileSync } from 'node:child_process';

/** Writes .astro/data-store.json so astro:content sees the collections in tests. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'inherit' });
}
