/**
 * Route lists for every getStaticPaths, computed from the site model, so pages
 * stay wiring (Starlight utils/routing). Pure: given a model, the same routes.
 */
import { ARTICLES_PER_PAGE, listingPageParam, paginateList, SECTIONS_PER_TOPIC_PAGE, topicPagesContent, type ListingPage, type TopicPageContent } from './pagination';
import type { ArticleModel, ContextNoteEntry, SectionModel, SiteModel, TopicModel } from './site-model';
import type { TimelineEntry } from './schemas/analysis';
import { homePath, topicPath } from './urls';

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

export interface TopicPageProps {
  topic: TopicModel;
  /** This page's sections; the topic's other pages hold the rest (src/lib/pagination.ts). */
  page: ListingPage<SectionModel>;
  /** This page's context notes, and on page 1 the latest timeline entries. */
  content: TopicPageContent<SectionModel, ContextNoteEntry, TimelineEntry>;
}

/** One route per topic (its feed). */
export function topicRoutes(model: Pick<SiteModel, 'topics'>) {
  return model.topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } as { topic: TopicModel } }));
}

/** Every page of every topic: `/topics/<t>/`, then `/topics/<t>/page/2/` and on. */
export function topicPageRoutes(model: Pick<SiteModel, 'topics' | 'sections'>) {
  const siteOrder = new Map(model.sections.map((s, i) => [s, i]));
  const orderOf = (s: SectionModel): number => {
    const i = siteOrder.get(s);
    if (i === undefined) throw new Error(`topicPageRoutes: section ${s.article.id}/${s.id} is not among the site's sections`);
    return i;
  };
  return model.topics.flatMap((topic) => {
    const pages = paginateList(topic.sections, SECTIONS_PER_TOPIC_PAGE, topicPath(topic.id));
    const content = topicPagesContent(topic, pages, orderOf);
    return pages.map((page, i) => ({
      params: { topic: topic.id, page: listingPageParam(page.number) },
      props: { topic, page, content: content[i] } as TopicPageProps,
    }));
  });
}

/** Every page of the home page's article list: `/`, then `/page/2/` and on. */
export function homeRoutes(model: Pick<SiteModel, 'articles'>) {
  return paginateList(model.articles, ARTICLES_PER_PAGE, homePath()).map((page) => ({
    params: { page: listingPageParam(page.number) },
    props: { page } as { page: ListingPage<ArticleModel> },
  }));
}
