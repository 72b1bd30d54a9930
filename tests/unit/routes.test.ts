import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_PAGE, SECTIONS_PER_TOPIC_PAGE } from '../../src/lib/pagination';
import { articleRoutes, homeRoutes, sectionRoutes, topicPageRoutes, topicRoutes } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/site-model';

// Only the fields the route functions read; the rest of the model is not theirs.
const topic = (id: string, sections: number) => ({ id, sections: Array.from({ length: sections }, (_, i) => ({ id: `${id}-${i}` })), contextNotes: [], timeline: [] });
const topics = [topic('energy', SECTIONS_PER_TOPIC_PAGE * 2 + 1), topic('domestic', 0)];
const model = { topics, sections: topics.flatMap((t) => t.sections) } as unknown as Pick<SiteModel, 'topics' | 'sections'>;

describe('topicPageRoutes', () => {
  it('gives every topic its first page at /topics/<t>/ and one more page per further SECTIONS_PER_TOPIC_PAGE sections', () => {
    const routes = topicPageRoutes(model);
    expect(routes.map((r) => [r.params.topic, r.params.page, r.props.page.path])).toEqual([
      ['energy', undefined, '/topics/energy/'],
      ['energy', 'page/2', '/topics/energy/page/2/'],
      ['energy', 'page/3', '/topics/energy/page/3/'],
      ['domestic', undefined, '/topics/domestic/'],
    ]);
    const energy = routes.filter((r) => r.props.topic.id === 'energy');
    expect(energy.flatMap((r) => r.props.page.items)).toEqual(model.topics[0].sections);
  });

  it('leaves the feed routes at one per topic', () => {
    expect(topicRoutes(model).map((r) => r.params.topic)).toEqual(['energy', 'domestic']);
  });
});

describe('homeRoutes', () => {
  it('puts the newest ARTICLES_PER_PAGE articles on / and the rest on /page/2/ and on', () => {
    const articles = Array.from({ length: ARTICLES_PER_PAGE + 1 }, (_, i) => ({ id: `a${i}` }));
    const routes = homeRoutes({ articles } as unknown as Pick<SiteModel, 'articles'>);
    expect(routes.map((r) => [r.params.page, r.props.page.items.length])).toEqual([
      [undefined, ARTICLES_PER_PAGE],
      ['page/2', 1],
    ]);
    expect(homeRoutes({ articles: [] }).map((r) => r.props.page.path)).toEqual(['/']);
  });
});

describe('articleRoutes and sectionRoutes', () => {
  const article = { id: 'port-talks' };
  const section = (id: string, aliases: string[]) => ({ id, article, entry: { data: { aliases } } });
  const sections = [section('energy', []), section('military', ['army', 'defence'])];
  const site = { articles: [article], sections } as unknown as Pick<SiteModel, 'articles' | 'sections'>;

  it('gives every article one page at /articles/<a>/', () => {
    expect(articleRoutes(site)).toEqual([{ params: { article: 'port-talks' }, props: { article } }]);
  });

  it('gives every section its page, and every former id a redirect page to the section it now names', () => {
    expect(sectionRoutes(site).map((r) => [r.params.article, r.params.section, r.props.section.id, r.props.redirect?.alias])).toEqual([
      ['port-talks', 'energy', 'energy', undefined],
      ['port-talks', 'military', 'military', undefined],
      ['port-talks', 'army', 'military', 'army'],
      ['port-talks', 'defence', 'military', 'defence'],
    ]);
  });
});
