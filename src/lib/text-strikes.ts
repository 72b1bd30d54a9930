/**
 * Text strikes (issue 7): each distinct font stack × size × weight × style that
 * a page lays out is one font Chromium must resolve on the first layout. On
 * Linux that is a synchronous round trip to the browser process per strike
 * (1–3 ms each, measured), plus one per family the device lacks, all inside the
 * one task Lighthouse counts as blocking on a page without script
 * (BENCHMARKS.md). A new text size or weight is a design choice that should be
 * made on purpose, so each page kind has a budget: what it has today.
 *
 * Pure: tests/e2e/text-strikes.spec.ts reads computed styles from the browser
 * and hands them here.
 */
import type { PageKind } from './budgets.ts';

/** A text node's computed font, as getComputedStyle reports it. */
export interface TextStyle {
  family: string;
  size: string;
  weight: string;
  style: string;
}

/** Most strikes a page of each kind may lay out. Raise one only with a Lighthouse run showing what it costs. */
export const STRIKE_BUDGETS: Partial<Record<PageKind, number>> = {
  article: 11,
  section: 10,
  topic: 7,
};

/** One line per strike: `<size> <weight> <style> <first family of the stack>`. */
export function strikeKey(s: TextStyle): string {
  const first = s.family.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
  return `${s.size} ${s.weight} ${s.style} ${first}`;
}

/** The distinct strikes among a page's text, sorted. Different stacks that start with the same family count apart. */
export function textStrikes(styles: readonly TextStyle[]): string[] {
  const byStack = new Map<string, string>();
  for (const s of styles) byStack.set(`${s.family}|${s.size}|${s.weight}|${s.style}`, strikeKey(s));
  return [...byStack.values()].sort();
}

/** A message naming the page, its count, the budget and every strike, or undefined within budget (or for a kind without one). */
export function strikesOverBudget(page: string, kind: PageKind, strikes: readonly string[]): string | undefined {
  const budget = STRIKE_BUDGETS[kind];
  if (budget === undefined || strikes.length <= budget) return undefined;
  return `${page}: ${strikes.length} text strikes, budget ${budget} for a ${kind} page:\n  ${strikes.join('\n  ')}`;
}
