/**
 * Reads SITE_URL and BASE_PATH (README "Deploy") into Astro's `site` and `base`.
 * Throws a message naming the variable when a value cannot work.
 */
export interface SiteConfig {
  /** Absolute origin the site is served from, e.g. `https://example.org`. */
  site: string;
  /** Path prefix with leading and trailing slash, e.g. `/explainer/`; `/` at the root. */
  base: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:4321';

export function normaliseBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (/^[a-z]+:\/\//i.test(value) || value.includes('?') || value.includes('#')) {
    throw new Error(
      `BASE_PATH must be a path such as "/explainer/", got "${value}". Put the origin in SITE_URL instead.`,
    );
  }
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return `/${trimmed}/`;
}

export function normaliseSite(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as "https://example.org", got "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https, got "${value}".`);
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    throw new Error(
      `SITE_URL must be an origin without a path, got "${value}". Put "${url.pathname}" in BASE_PATH instead.`,
    );
  }
  return url.origin;
}

export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  return { site: normaliseSite(env.SITE_URL), base: normaliseBase(env.BASE_PATH) };
}

/**
 * The warning a build prints when SITE_URL is not set: every absolute URL
 * (canonical links, share links and cards, feeds, sitemap, robots.txt) then
 * points at the local preview, which is right for `npm start` and the tests
 * and wrong for a deploy. Undefined when SITE_URL is set.
 */
export function siteUrlNotice(env: Record<string, string | undefined>): string | undefined {
  if ((env.SITE_URL ?? '').trim() !== '') return undefined;
  return `SITE_URL is not set, so canonical links, share links and cards, feeds, the sitemap and robots.txt point at ${DEFAULT_SITE_URL}. Fine for a local preview; for a deploy, build with SITE_URL=https://your.domain (README, "Deploy").`;
}

/**
 * Hosts whose builds are always deploys, by the variable each sets in its
 * build environment. Netlify is not here: netlify.toml passes its URL as
 * SITE_URL. GitHub Actions is not either: it runs tests as well as deploys,
 * and the Pages workflow sets SITE_URL itself.
 */
const DEPLOY_HOSTS: { variable: string; name: string; hint: string }[] = [
  { variable: 'CF_PAGES', name: 'Cloudflare Pages', hint: 'your https://<project>.pages.dev address or custom domain' },
  { variable: 'VERCEL', name: 'Vercel', hint: 'your production domain' },
];

/**
 * Why a build must stop: it runs on a deploy host without SITE_URL, so it
 * would publish every canonical link, share link and card pointing at
 * localhost. Undefined when SITE_URL is set or the build is not on such a host.
 */
export function siteUrlProblem(env: Record<string, string | undefined>): string | undefined {
  if ((env.SITE_URL ?? '').trim() !== '') return undefined;
  const host = DEPLOY_HOSTS.find((h) => (env[h.variable] ?? '').trim() !== '' && env[h.variable] !== '0');
  if (!host) return undefined;
  return `SITE_URL is not set, and this build runs on ${host.name} (${host.variable} is set): the site would be published with canonical links, share links and cards, feeds, the sitemap and robots.txt pointing at ${DEFAULT_SITE_URL}. Set SITE_URL in the project's environment variables to ${host.hint} (README, "Deploy").`;
}
