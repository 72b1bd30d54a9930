/**
 * Heading outline (issue 6): one h1 per page, and no skipped levels, so a screen
 * reader's heading list reads as a tree (WCAG 1.3.1, 2.4.6; axe only flags
 * `heading-order` as a best practice and never a second h1).
 *
 *   h1 Headline            ok
 *     h2 Contents          ok: one deeper
 *       h4 Aside           ✗ skips h3
 *     h2 Sources           ok: going back up any number of levels is fine
 *
 * Pure; scripts/validate-html.mjs extracts the headings of each built page.
 * No imports and only erasable TypeScript, so Node runs it directly.
 */

export interface OutlineHeading {
  /** 1–6. */
  level: number;
  /** Text content, for messages. */
  text: string;
}

/** Headings of an HTML string in document order, from <h1>…<h6> tags (no parser needed for built pages). */
export function headingsIn(html: string): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  for (const m of html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi)) {
    const text = m[2]!
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ level: Number(m[1]), text });
  }
  return out;
}

function label(h: OutlineHeading): string {
  return `h${h.level} "${h.text}"`;
}

/** Every outline problem, each a sentence naming the heading; [] when the outline is sound. */
export function checkOutline(headings: readonly OutlineHeading[]): string[] {
  const problems: string[] = [];
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length === 0) problems.push('the page has no h1');
  if (h1s.length > 1) problems.push(`the page has ${h1s.length} h1 elements (${h1s.map(label).join(', ')}); it needs exactly one`);
  let previous = 0;
  let previousHeading: OutlineHeading | undefined;
  for (const h of headings) {
    if (h.level > previous + 1) {
      problems.push(
        previousHeading
          ? `${label(h)} follows ${label(previousHeading)}, skipping h${previous + 1}`
          : `${label(h)} is the first heading; the outline must start at h1`,
      );
    }
    previous = h.level;
    previousHeading = h;
  }
  return problems;
}
