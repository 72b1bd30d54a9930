import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import JsonLd from '../../src/components/JsonLd.astro';

it('renders one escaped, inline JSON-LD script', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(JsonLd, { props: { data: { '@type': 'Thing', name: 'a</script>b' } } });
  expect(html).toBe('<script type="application/ld+json">{"@type":"Thing","name":"a\\u003c/script\\u003eb"}</script>');
});
