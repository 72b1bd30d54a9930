/** Names used in titles, feeds and cards. */
export const SITE_NAME = 'Explainer: Myanmar and Russia';
export const SITE_TAGLINE = 'News articles taken apart section by section, with the context around them and a link for every part.';
