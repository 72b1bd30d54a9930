/**
 * Issue 7: Lighthouse's total blocking time, recomputed against a first paint
 * taken from the same simulation. Diagnostic only: pages are judged on
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
 * blocking-time simulation itself. That is what this computes.
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
  /** Lantern's time-to-interactive estimate for this side (optimistic or pessimistic), the window's end. */
  interactiveMs: number;
}

/** When the first-paint graph's last node ends in this simulation: the first paint it implies. */
export function firstPaintInSimulation(sim: Simulation): number {
  const ends = sim.nodes.filter((n) => n.inFirstPaintGraph).map((n) => n.end);
  if (ends.length === 0) throw new Error('firstPaintInSimulation: no node of the first-paint graph in this simulation');
  return Math.max(...ends);
}

/**
 * Blocking time of one simulation between its own first paint and
 * time-to-interactive, summed by Lighthouse's own rule (50 ms threshold,
 * tasks clipped to the window).
 */
export function blockingTimeInSimulation(sim: Simulation): number {
  return blockingTasksInSimulation(sim).reduce((sum, t) => sum + t.blockingMs, 0);
}

/** The tasks that make up blockingTimeInSimulation, each with its share: what to look at when it is not 0. */
export function blockingTasksInSimulation(sim: Simulation): { node: SimulatedNode; blockingMs: number }[] {
  const fcp = firstPaintInSimulation(sim);
  const end = Math.max(sim.interactiveMs, fcp);
  return sim.nodes
    .filter((n) => n.cpu)
    .map((node) => ({ node, blockingMs: Lantern.Metrics.TBTUtils.calculateSumOfBlockingTime([{ start: node.start, end: node.end, duration: node.end - node.start }], fcp, end) }))
    .filter((t) => t.blockingMs > 0);
}

/** The two sides blended with Lantern's own blocking-time coefficients, as Lighthouse blends its figure. */
export function sameSimulationBlockingTime(optimistic: Simulation, pessimistic: Simulation): number {
  const c = Lantern.Metrics.TotalBlockingTime.coefficients;
  return Math.round(c.optimistic * blockingTimeInSimulation(optimistic) + c.pessimistic * blockingTimeInSimulation(pessimistic));
}
