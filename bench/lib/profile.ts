/**
 * Where a `--cpu-prof` profile spends its time: self time per function,
 * summed over samples. Pure; bench/run.mjs --profile feeds it the rebuild's
 * largest .cpuprofile.
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  /** "functionName (file:line)", the file shortened to what follows node_modules/ or the last two segments. */
  fn: string;
  ms: number;
  /** Share of the whole profile, 0–1. */
  share: number;
}

export function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm !== -1) return url.slice(nm + 'node_modules/'.length);
  return url.split('/').slice(-2).join('/');
}

/** The `limit` functions with the most self time, most first. */
export function topSelfTime(profile: CpuProfile, limit: number): SelfTime[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const node = byNode.get(id);
    const d = (deltas[i] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} (${shortUrl(url)}${url ? `:${lineNumber + 1}` : ''})`;
    ms.set(key, (ms.get(key) ?? 0) + d);
    total += d;
  });
  return [...ms]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([fn, t]) => ({ fn, ms: Math.round(t), share: total > 0 ? Number((t / total).toFixed(3)) : 0 }));
}
