/**
 * Route lists for every getStaticPaths, computed from the site model, so pages
 * stay wiring (Starlight utils/routing). Pure: given a model, the same routes.
 */
import type { ArticleModel, SectionModel, SiteModel, TopicModel } from './site-model';

export function articleRoutes(model: Pick<SiteModel, 'articles'>) {
  return model.articles.map((article) => ({ params: { article: article.id }, props: { article } as { article: ArticleModel } }));
}

export type SectionPageProps = { section: SectionModel; redirect?: undefined } | { section: SectionModel; redirect: { alias: string } };

/**
 * Every section page, plus one redirect page per alias (a former id), so a link
 * shared before a rename still lands on the section (issue 3).
 */
export function sectionRoutes(model: Pick<SiteModel, 'sections'>) {
  return model.sections.flatMap((section) => [
    { params: { article: section.article.id, section: section.id }, props: { section } as SectionPageProps },
    ...section.entry.data.aliases.map((alias) => ({
      params: { article: section.article.id, section: alias },
      props: { section, redirect: { alias } } as SectionPageProps,
    })),
  ]);
}

export function topicRoutes(model: Pick<SiteModel, 'topics'>) {
  return model.topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } as { topic: TopicModel } }));
}
