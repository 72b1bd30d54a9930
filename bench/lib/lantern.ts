/**
 * Issue 7: Lighthouse's total blocking time, recomputed with first paint and
 * interactive taken from the same simulation. Diagnostic only: pages are judged on
 * Lighthouse's own figure (bench/lighthouse.mjs).
 *
 * Lighthouse's mobile preset simulates a slow phone (Lantern). It estimates
 * first contentful paint from one graph (the first parse, layout and paint
 * tasks and the requests that block them) and blocking time from another (every
 * task), then counts the tasks of the second that run after the paint time of
 * the first. Tasks the first graph leaves out but the second runs before the
 * page's first layout, such as committing the navigation, push that layout past
 * the estimated paint, and it is counted as blocking although it is what
 * paints. Upstream: https://github.com/GoogleChrome/lighthouse/issues/11677
 * ("Lantern EIL+TBT should use internally consistent FCP/TTI estimates", open
 * since 2020), which proposes taking the first-paint nodes' times from the
 * blocking-time simulation itself. This computes that, and takes the window's
 * end (interactive) from the same simulation too.
 */
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

/** One node of a Lantern simulation, in simulated ms. */
export interface SimulatedNode {
  /** A main-thread task (the rest are requests). */
  cpu: boolean;
  start: number;
  end: number;
  /** Part of the graph Lantern estimates first contentful paint from. */
  inFirstPaintGraph: boolean;
  /** What the node is, for reports: e.g. "task at 95 ms: ParseHTML, Layout". */
  label?: string;
}

export interface Simulation {
  nodes: readonly SimulatedNode[];
}

/** The stretch of simulated time blocking time is counted over: from first paint to interactive. */
export interface Window {
  startMs: number;
  endMs: number;
}

/** When the first-paint graph's last node ends in this simulation: the first paint it implies. */
export function firstPaintInSimulation(sim: Simulation): number {
  const ends = sim.nodes.filter((n) => n.inFirstPaintGraph).map((n) => n.end);
  if (ends.length === 0) throw new Error('firstPaintInSimulation: no node of the first-paint graph in this simulation');
  return Math.max(...ends);
}

/**
 * The window taken from this simulation alone: its own first paint, and
 * interactive as Lantern defines it (the later of first paint and the end of
 * the last task over 50 ms), found in the same simulation rather than in the
 * smaller graph Lighthouse simulates for interactive.
 */
export function sameSimulationWindow(sim: Simulation): Window {
  const startMs = firstPaintInSimulation(sim);
  const lastLongTaskEnd = Math.max(0, ...sim.nodes.filter((n) => n.cpu && n.end - n.start > Lantern.Metrics.TBTUtils.BLOCKING_TIME_THRESHOLD).map((n) => n.end));
  return { startMs, endMs: Math.max(startMs, lastLongTaskEnd) };
}

/**
 * The tasks that count towards blocking time in a window, each with its share,
 * by Lighthouse's own rule (50 ms threshold, tasks clipped to the window).
 */
export function blockingTasks(sim: Simulation, window: Window): { node: SimulatedNode; blockingMs: number }[] {
  return sim.nodes
    .filter((n) => n.cpu)
    .map((node) => ({ node, blockingMs: Lantern.Metrics.TBTUtils.calculateSumOfBlockingTime([{ start: node.start, end: node.end, duration: node.end - node.start }], window.startMs, window.endMs) }))
    .filter((t) => t.blockingMs > 0);
}

/** Blocking time in a window: the sum of blockingTasks. */
export function blockingTime(sim: Simulation, window: Window): number {
  return blockingTasks(sim, window).reduce((sum, t) => sum + t.blockingMs, 0);
}

/** The two sides, each over its own window, blended with Lantern's own blocking-time coefficients, as Lighthouse blends its figure. */
export function sameSimulationBlockingTime(optimistic: Simulation, pessimistic: Simulation): number {
  const c = Lantern.Metrics.TotalBlockingTime.coefficients;
  return Math.round(c.optimistic * blockingTime(optimistic, sameSimulationWindow(optimistic)) + c.pessimistic * blockingTime(pessimistic, sameSimulationWindow(pessimistic)));
}
