import { expect, test } from '@playwright/test';
import { listedPagePaths } from './helpers/dist';
import { crawl } from './helpers/crawl';

test('every internal link, asset and fragment of the root build resolves', async ({ baseURL }) => {
  const { pages, problems } = await crawl(baseURL!, new URL(baseURL!).pathname);
  expect(problems).toEqual([]);
  // Every page the build wrote is reachable by links from the home page, but /articles/, which only sends readers on (tests/e2e/article.spec.ts).
  const reached = pages.map((p) => new URL(p).pathname.slice(new URL(baseURL!).pathname.length)).sort();
  expect(reached).toEqual(listedPagePaths('dist'));
});
