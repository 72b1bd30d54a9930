/** The first search loads Pagefind's script, worker, WebAssembly and index: slow on a busy machine. */
export const SEARCH_TIMEOUT = 15_000;
