/** Plain props for components, derived from the site model. */
import type { SiteModel } from './site-model';

export function topicSummaries(model: Pick<SiteModel, 'topics'>) {
  return model.topics.map((t) => ({
    id: t.id,
    name: t.entry.data.name,
    description: t.entry.data.description,
    count: t.sections.length,
  }));
}
