import { describe, expect, it } from 'vitest';
import { blockingTasks, blockingTime, firstPaintInSimulation, sameSimulationBlockingTime, sameSimulationWindow, type SimulatedNode, type Simulation } from '../../bench/lib/lantern.ts';

const net = (start: number, end: number, inFirstPaintGraph = true): SimulatedNode => ({ cpu: false, start, end, inFirstPaintGraph });
const task = (start: number, end: number, inFirstPaintGraph: boolean): SimulatedNode => ({ cpu: true, start, end, inFirstPaintGraph });

// The shape of a topic-page run (simulated ms): the document, then committing the
// navigation (not in the first-paint graph), parsing, and one layout-and-paint
// task of 100 ms; Lighthouse put first paint at 755 ms, before that task began.
const topicRun: Simulation = {
  nodes: [net(0, 600), task(600, 730, false), task(730, 775, true), net(600, 755), task(775, 875, true)],
};

describe('firstPaintInSimulation', () => {
  it('is when the last node of the first-paint graph ends in this simulation, requests included', () => {
    expect(firstPaintInSimulation(topicRun)).toBe(875);
    expect(firstPaintInSimulation({ nodes: [net(0, 600), net(600, 990), task(600, 700, true), task(700, 2000, false)] })).toBe(990);
  });

  it('refuses a simulation without the graph, rather than putting first paint at 0', () => {
    expect(() => firstPaintInSimulation({ nodes: [task(0, 100, false)] })).toThrow(/no node of the first-paint graph/);
  });
});

describe('sameSimulationWindow', () => {
  it('runs from the simulation’s own first paint to the end of its last task over 50 ms', () => {
    const run: Simulation = { nodes: [...topicRun.nodes, task(900, 960, false), task(960, 1000, false), net(875, 1400, false)] };
    // The 40 ms task at 960 and the request ending at 1,400 do not make the page busy.
    expect(sameSimulationWindow(run)).toEqual({ startMs: 875, endMs: 960 });
  });

  it('is empty when no long task ends after first paint', () => {
    expect(sameSimulationWindow(topicRun)).toEqual({ startMs: 875, endMs: 875 });
  });
});

describe('blockingTasks and blockingTime', () => {
  it('do not count the task that paints, however long, when it ends by its own first paint', () => {
    expect(blockingTasks(topicRun, sameSimulationWindow(topicRun))).toEqual([]);
    // Against Lighthouse's first paint of 755 ms and an interactive of 875 ms, the same task counts 50 ms.
    expect(blockingTime(topicRun, { startMs: 755, endMs: 875 })).toBe(50);
  });

  it('count what a task after first paint runs beyond 50 ms, and name the task', () => {
    const favicon = { ...task(880, 960, false), label: 'the favicon' };
    const later: Simulation = { nodes: [...topicRun.nodes, favicon, task(960, 1000, false)] };
    expect(blockingTasks(later, sameSimulationWindow(later))).toEqual([{ node: favicon, blockingMs: 30 }]);
  });

  it('count only the part inside the window, and no requests', () => {
    // A 120 ms task from 800 ms with the window from 850 to 1,000 ms: 70 ms of it inside, 20 over the threshold.
    const straddling: Simulation = { nodes: [net(0, 850), task(800, 920, false), net(850, 1000, false)] };
    expect(blockingTime(straddling, { startMs: 850, endMs: 1000 })).toBe(20);
    // An interactive before the task ends clips it: 850 to 890 leaves 40 ms, under the threshold.
    expect(blockingTime(straddling, { startMs: 850, endMs: 890 })).toBe(0);
  });
});

describe('sameSimulationBlockingTime', () => {
  it("blends the optimistic and pessimistic sides half and half, as Lantern's blocking time does, rounded", () => {
    const after = (ms: number): Simulation => ({ nodes: [net(0, 600), task(600, 700, true), task(700, 750 + ms, false)] });
    expect(sameSimulationBlockingTime(after(10), after(31))).toBe(21);
    expect(sameSimulationBlockingTime(topicRun, topicRun)).toBe(0);
  });
});
