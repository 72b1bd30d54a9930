/**
 * Accessibility gate (issue 6): axe on every page of the built site, WCAG 2.2 AA
 * and best practices, zero violations, in light and dark colour schemes, at
 * 1280×800 (desktop project) and 375×667 (phone project, via @phone).
 *
 * One test per scheme and size walks every page in one browser page, so the
 * four runs share the work across workers instead of paying a page start-up
 * per URL. Every <details> is opened first, so folded content (the phone
 * contents list) is checked too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { listedPagePaths } from './helpers/dist';
import { NOT_FOUND_PATH, sitePages } from './helpers/pages';

/** The build the server under test serves (OUT_DIR, as in astro.config.ts). */
const DIST = process.env.OUT_DIR ?? 'dist';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules turned off, each with the reason. Keep empty unless a rule is wrong for this site. */
const DISABLED_RULES: Record<string, string> = {};


interface Finding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  target: string;
  summary: string;
}

function format(f: Finding): string {
  return `${f.rule} (${f.impact}) on ${f.page}: ${f.help}\n      target: ${f.target}\n      ${f.summary.replace(/\n\s*/g, ' ')}`;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`every page has zero axe violations in the ${scheme} scheme @phone`, async ({ page, baseURL }) => {
      const { urls } = await sitePages(baseURL!, DIST);
      // The sitemap or crawl lists every page the build wrote: the 404 is added
      // here, and alias pages (a meta refresh to a renamed section, left out of
      // the sitemap) are only a redirect.
      expect(urls.map((u) => new URL(u).pathname.slice(new URL(baseURL!).pathname.length)).sort()).toEqual(listedPagePaths(DIST));
      urls.push(new URL(NOT_FOUND_PATH, baseURL).href);
      // axe takes 1–6 s a page on this 2-core machine (more under load); the site grows with its content.
      test.setTimeout(60_000 + urls.length * 15_000);

      const findings: Finding[] = [];
      for (const url of urls) {
        await page.goto(url);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const results = await new AxeBuilder({ page }).withTags(TAGS).disableRules(Object.keys(DISABLED_RULES)).analyze();
        const path = new URL(url).pathname;
        for (const v of results.violations) {
          for (const node of v.nodes) {
            findings.push({
              page: path,
              rule: v.id,
              impact: v.impact ?? 'unknown',
              help: v.help,
              target: node.target.join(' '),
              summary: node.failureSummary ?? '',
            });
          }
        }
      }
      const size = page.viewportSize();
      expect(findings.map(format), `axe violations at ${size?.width}×${size?.height}, ${scheme} scheme, ${urls.length} pages`).toEqual([]);
    });
  });
}
