/**
 * A fixed piece of CPU work, timed, so runs made at different hours can be
 * compared: this shared VM's speed changes (the plain Astro baseline at
 * N = 100 took 9.0 s one evening and 16.6 s the next morning).
 *
 * The work is an integer loop: back to back, eight fresh processes read
 * 41.9–43.4 ms. A first version that built, serialised and sorted objects
 * (work more like a build's) read 52–85 ms back to back on an idle machine,
 * its garbage collection being noise of its own, so it could not tell a
 * slower hour from chance. What this probe catches is a slower CPU (another
 * tenant's load, throttling); it does not catch slower memory, so the
 * baseline ratio, measured in the same run, stays the figure to compare.
 * Lower is faster; the median of nine rounds.
 */
let sink = 0;

export function cpuProbeMs(rounds = 9): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 30_000_000; i++) x = (x * 31 + i) | 0;
    sink ^= x; // used, so the loop is not optimised away
    times.push(performance.now() - start);
  }
  if (sink === 0.5) throw new Error('unreachable');
  return Number(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1));
}
