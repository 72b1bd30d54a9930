import rss from '@astrojs/rss';
import { siteFeed } from '../lib/feeds';
import { getSiteModel } from '../lib/site-model';

export async function GET() {
  return rss(siteFeed((await getSiteModel()).articles, import.meta.env.SITE, import.meta.env.BASE_URL));
}
