/**
 * Control pages for `npm run bench:lighthouse` (issue 7): two pages that are
 * not the site, measured in the same run as its pages, so the blocking time a
 * page of ours shows can be set against what the machine and Lighthouse's
 * simulation give a page with next to nothing on it.
 *
 * Both have the same heading and paragraph and no script. They differ in one
 * thing: the styled page links the site's stylesheets, taken from a built page,
 * which makes the browser wait for them and lay the page out in a later task.
 * Pure: the stylesheet tags in, the pages out.
 */

export interface ControlPage {
  name: string;
  /** Site path, under which bench/lighthouse.mjs writes `index.html` into the build it serves. */
  path: string;
  html: string;
}

/** The `<link rel="stylesheet" …>` tags of a built page, in order. */
export function stylesheetLinks(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => m[0]);
}

function page(head: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Control page</title>',
    '<meta name="description" content="A control page for the Lighthouse benchmark: one heading, one paragraph, no script.">',
    ...head,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Control page</h1>',
    '<p>One paragraph of text, for measuring what a page with next to nothing on it costs.</p>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function controlPages(stylesheets: readonly string[]): ControlPage[] {
  if (stylesheets.length === 0) throw new Error('controlPages: the built page links no stylesheet, so the styled control would equal the bare one');
  return [
    { name: 'Control, bare', path: '/lighthouse-control/bare/', html: page([]) },
    { name: 'Control, site CSS', path: '/lighthouse-control/styled/', html: page(stylesheets) },
  ];
}
