import { describe, expect, it } from 'vitest';
import { draftsIntegration } from '../../src/lib/drafts-integration';

/** The `define` the integration hands to Vite for an Astro command. */
function defineFor(command: string): unknown {
  let config: unknown;
  const hook = draftsIntegration().hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ command, updateConfig: (c: unknown) => (config = c) });
  return config;
}

describe('draftsIntegration', () => {
  it('shows drafts only under `astro dev`, whatever NODE_ENV is', () => {
    expect(defineFor('dev')).toEqual({ vite: { define: { 'import.meta.env.EX_INCLUDE_DRAFTS': 'true' } } });
    expect(defineFor('build')).toEqual({ vite: { define: { 'import.meta.env.EX_INCLUDE_DRAFTS': 'false' } } });
    expect(defineFor('preview')).toEqual({ vite: { define: { 'import.meta.env.EX_INCLUDE_DRAFTS': 'false' } } });
  });
});
