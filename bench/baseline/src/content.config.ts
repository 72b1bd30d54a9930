// The sections of the synthetic articles, read from CONTENT_DIR (bench/run.mjs).
// No schema: the baseline measures Astro + MDX, not validation.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.CONTENT_DIR ?? '../../content';

export const collections = {
  sections: defineCollection({ loader: glob({ base: `${root}/articles`, pattern: '*/!(index).mdx' }) }),
};
