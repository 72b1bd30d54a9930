import { describe, expect, it } from 'vitest';
import { eachLimit, limiter } from '../../src/lib/concurrency';

const tick = (ms = 2) => new Promise((r) => setTimeout(r, ms));

describe('eachLimit', () => {
  it('runs at most `limit` tasks at once and finishes them all', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await eachLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await tick(5);
      done.push(n);
      running--;
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts nothing more once a task has failed, and rejects with that failure once the running ones have settled', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = eachLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('card 2 failed');
      await tick(5);
      finished.push(n);
    });
    await expect(run).rejects.toThrow('card 2 failed');
    expect(finished).toEqual([1]); // task 1 was running when task 2 failed: the rejection waited for it
    expect(started).toEqual([1, 2]); // and once it finished, its worker did not take task 3
  });
});

describe('limiter', () => {
  it('lets `limit` tasks run at once, starts the rest in order and returns each result', async () => {
    const gate = limiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        gate(async () => {
          started.push(n);
          running++;
          peak = Math.max(peak, running);
          await tick(n % 2 ? 6 : 2);
          running--;
          return n * 10;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('keeps to the limit for calls that arrive after a turn has been handed over', async () => {
    const gate = limiter(2);
    let running = 0;
    let peak = 0;
    const job = (ms: number) =>
      gate(async () => {
        running++;
        peak = Math.max(peak, running);
        await tick(ms);
        running--;
      });
    const first = [job(30), job(5), job(30)]; // the third waits, then takes the second's turn
    await tick(12);
    const later = [job(5), job(5)]; // arrive while two are running: both must wait
    await Promise.all([...first, ...later]);
    expect(peak).toBe(2);
  });

  it('frees the turn of a task that fails', async () => {
    const gate = limiter(1);
    await expect(gate(async () => Promise.reject(new Error('draw failed')))).rejects.toThrow('draw failed');
    await expect(gate(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a limit below 1', () => {
    expect(() => limiter(0)).toThrow(/whole number ≥ 1, got 0/);
  });
});
