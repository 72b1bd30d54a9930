import { describe, expect, it } from 'vitest';
import { blockingTasksInSimulation, blockingTimeInSimulation, firstPaintInSimulation, sameSimulationBlockingTime, type SimulatedNode, type Simulation } from '../../bench/lib/lantern.ts';

const net = (start: number, end: number, inFirstPaintGraph = true): SimulatedNode => ({ cpu: false, start, end, inFirstPaintGraph });
const task = (start: number, end: number, inFirstPaintGraph: boolean): SimulatedNode => ({ cpu: true, start, end, inFirstPaintGraph });

// The shape of a topic-page run (simulated ms): the document, then committing the
// navigation (not in the first-paint graph), parsing, and one layout-and-paint
// task of 100 ms; Lighthouse put first paint at 755 ms, before that task began.
const topicRun: Simulation = {
  interactiveMs: 900,
  nodes: [net(0, 600), task(600, 730, false), task(730, 775, true), net(600, 755), task(775, 875, true)],
};

describe('firstPaintInSimulation', () => {
  it('is when the last node of the first-paint graph ends in this simulation, requests included', () => {
    expect(firstPaintInSimulation(topicRun)).toBe(875);
    expect(firstPaintInSimulation({ interactiveMs: 0, nodes: [net(0, 600), net(600, 990), task(600, 700, true), task(700, 2000, false)] })).toBe(990);
  });

  it('refuses a simulation without the graph, rather than putting first paint at 0', () => {
    expect(() => firstPaintInSimulation({ interactiveMs: 0, nodes: [task(0, 100, false)] })).toThrow(/no node of the first-paint graph/);
  });
});

describe('blockingTimeInSimulation', () => {
  it('does not count the task that paints, however long, when it ends by its own first paint', () => {
    expect(blockingTimeInSimulation(topicRun)).toBe(0);
  });

  it('counts what a task after first paint runs beyond 50 ms, and names the task', () => {
    const favicon = { ...task(880, 960, false), label: 'the favicon' };
    const later = { ...topicRun, interactiveMs: 1000, nodes: [...topicRun.nodes, favicon, task(960, 1000, false)] };
    expect(blockingTimeInSimulation(later)).toBe(30);
    expect(blockingTasksInSimulation(later)).toEqual([{ node: favicon, blockingMs: 30 }]);
    expect(blockingTasksInSimulation(topicRun)).toEqual([]);
  });

  it('counts only the part inside the window, and no requests', () => {
    // A 120 ms task from 800 ms: first paint (the graph's request) at 850 ms leaves 70 ms of it in the window.
    const straddling: Simulation = { interactiveMs: 1000, nodes: [net(0, 850), task(800, 920, false), net(850, 1000, false)] };
    expect(blockingTimeInSimulation(straddling)).toBe(20);
  });

  it('is 0 when interactive comes before first paint', () => {
    expect(blockingTimeInSimulation({ interactiveMs: 100, nodes: [net(0, 600), task(600, 700, false), task(700, 710, true)] })).toBe(0);
  });
});

describe('sameSimulationBlockingTime', () => {
  it("blends the optimistic and pessimistic sides half and half, as Lantern's blocking time does, rounded", () => {
    const after = (ms: number): Simulation => ({ interactiveMs: 2000, nodes: [net(0, 600), task(600, 700, true), task(700, 750 + ms, false)] });
    expect(sameSimulationBlockingTime(after(10), after(31))).toBe(21);
    expect(sameSimulationBlockingTime(topicRun, topicRun)).toBe(0);
  });
});
