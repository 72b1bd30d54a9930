/**
 * Site links with this build's base path. Thin wrappers over urls.ts (which is
 * pure and tested) that read Astro's configured base and site.
 */
import { absoluteUrl, withBase } from './urls';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export function absolute(path: string): string {
  return absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);
}
