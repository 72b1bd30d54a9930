import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { topicFeed } from '../../../lib/feeds';
import { topicRoutes } from '../../../lib/routes';
import { getSiteModel, type TopicModel } from '../../../lib/site-model';

export async function getStaticPaths() {
  return topicRoutes(await getSiteModel());
}

export async function GET({ props }: APIContext<{ topic: TopicModel }>) {
  return rss(topicFeed(props.topic, import.meta.env.SITE, import.meta.env.BASE_URL));
}
