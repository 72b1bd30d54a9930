/**
 * Text strikes (issue 7): each distinct font stack × size × weight × style that
 * a page lays out is one font Chromium must resolve on the first layout. On
 * Linux that is a synchronous round trip to the browser process per strike
 * (1–3 ms each, measured), plus one per family the device lacks, all inside the
 * one task Lighthouse counts as blocking on a page without script
 * (docs/performance-notes.md). A new text size or weight is a design choice that should be
 * made on purpose, so each page kind has a budget: what it has today.
 *
 * The budget is the template's: text an editor formats (emphasis, code, tables,
 * quotes, subheadings in Markdown) may add strikes and is not counted, so
 * writing an article never fails this check.
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
  article: 10,
  section: 9,
  topic: 7,
};

/**
 * Text inside these is left out: what Markdown makes when an editor formats
 * text. Components that use the same elements (a <strong> label, an <h3>) are
 * left out with it; the count is a floor for the template, not the page's total.
 */
export const EDITOR_FORMATTING = 'em, i, strong, b, code, kbd, samp, pre, del, s, mark, blockquote, table, h3, h4, h5, h6';

/** One line per strike: `<size> <weight> <style> <font stack>`. */
export function strikeKey(s: TextStyle): string {
  return `${s.size} ${s.weight} ${s.style} ${s.family}`;
}

/** The distinct strikes among a page's text, sorted. */
export function textStrikes(styles: readonly TextStyle[]): string[] {
  return [...new Set(styles.map(strikeKey))].sort();
}

/** A message naming the page, its count, the budget, every strike and what to do, or undefined within budget (or for a kind without one). */
export function strikesOverBudget(page: string, kind: PageKind, strikes: readonly string[]): string | undefined {
  const budget = STRIKE_BUDGETS[kind];
  if (budget === undefined || strikes.length <= budget) return undefined;
  return (
    `${page}: ${strikes.length} text strikes, budget ${budget} for a ${kind} page (src/lib/text-strikes.ts). ` +
    `Use a size, weight and face the page already has, or raise the budget with a Lighthouse run showing the cost:\n  ${strikes.join('\n  ')}`
  );
}
