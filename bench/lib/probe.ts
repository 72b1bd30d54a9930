/**
 * A fixed piece of CPU work, timed, so runs made on different days can be
 * compared: this shared VM's speed changes from hour to hour (the plain Astro
 * baseline at N = 100 took 9.0 s one evening and 15.5 s the next morning).
 * The work is like a build's: objects made, serialised, parsed and sorted,
 * strings hashed in JavaScript. Lower is faster; the median of nine rounds.
 * bench/run.mjs runs it before and after each size, as the VM can change speed
 * within a run too.
 */
let sink = 0;

export function cpuProbeMs(rounds = 9): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const items = Array.from({ length: 20_000 }, (_, i) => ({ id: `item-${i}`, title: `Section ${i} of the article`, order: (i * 7919) % 20_000, tags: ['diplomacy', 'energy', 'military'].slice(0, 1 + (i % 3)) }));
    const back = JSON.parse(JSON.stringify(items)) as typeof items;
    back.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    let hash = 0;
    for (const item of back) for (let c = 0; c < item.title.length; c++) hash = (hash * 31 + item.title.charCodeAt(c)) | 0;
    sink ^= hash; // used, so the loop is not optimised away
    times.push(performance.now() - start);
  }
  if (sink === 0.5) throw new Error('unreachable');
  return Number(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1));
}
