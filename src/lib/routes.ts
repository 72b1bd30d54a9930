/**
 * Route lists for every getStaticPaths, computed from the site model, so pages
 * stay wiring (Starlight utils/routing). Pure: given a model, the same routes.
 */
import type { ArticleModel, SectionModel, SiteModel, TopicModel } from './site-model';

export function articleRoutes(model: Pick<SiteModel, 'articles'>) {
  return model.articles.map((article) => ({ params: { article: article.id }, props: { article } as { article: ArticleModel } }));
}

export function sectionRoutes(model: Pick<SiteModel, 'sections'>) {
  return model.sections.map((section) => ({
    params: { article: section.article.id, section: section.id },
    props: { section } as { section: SectionModel },
  }));
}

export function topicRoutes(model: Pick<SiteModel, 'topics'>) {
  return model.topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } as { topic: TopicModel } }));
}
