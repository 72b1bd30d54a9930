/**
 * <ex-search>: search over the section pages with Pagefind's JS API
 * (src/components/SearchBox.astro renders its markup, hidden until the index
 * loads). Results are built with textContent only; what they say is decided in
 * src/lib/search-results.ts. `?q=` runs a search on load and follows the box.
 */
import { excerptIsContextNote, excerptSegments, resultsLabel, withSearchQuery } from '../lib/search-results';

/** The part of Pagefind's JS API used here (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  weighted_locations?: { weight: number }[];
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;

class ExSearch extends HTMLElement {
  #pagefind?: Pagefind;

  async connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    const status = this.querySelector<HTMLElement>('.status')!;
    try {
      // The bundle is written by `pagefind` after the build, under this build's base.
      this.#pagefind = (await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`)) as Pagefind;
      await this.#pagefind.options({ baseUrl: this.dataset.base, excerptLength: 24 });
      await this.#pagefind.init();
    } catch {
      status.textContent = 'Search could not load.';
      return;
    }
    form.hidden = false;
    this.querySelector<HTMLElement>('.fallback')!.hidden = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    input.addEventListener('input', () => void this.search(input.value));
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    if (initial.trim() !== '') {
      input.value = initial;
      void this.search(initial);
    }
  }

  async search(query: string) {
    const status = this.querySelector<HTMLElement>('.status')!;
    const list = this.querySelector<HTMLOListElement>('.results')!;
    history.replaceState(null, '', withSearchQuery(new URL(location.href), query));

    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await this.#pagefind!.debouncedSearch(query, {}, 250);
    if (found === null) return; // superseded by a newer keystroke
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...data.map(renderResult));
    status.textContent = resultsLabel(found.results.length, query);
  }
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'title';
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  if (excerptIsContextNote((result.weighted_locations ?? []).map((l) => l.weight))) {
    const source = document.createElement('span');
    source.className = 'source';
    source.textContent = 'Context note: ';
    excerpt.append(source);
  }
  for (const segment of excerptSegments(result.excerpt)) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      excerpt.append(mark);
    } else excerpt.append(segment.text);
  }
  item.append(link, excerpt);
  return item;
}

customElements.define('ex-search', ExSearch);
