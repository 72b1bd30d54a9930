/** The page's citation registry, shared by Cite and SourcesList (src/lib/citations.ts). */
declare namespace App {
  interface Locals {
    citations?: import('./lib/citations').CitationRegistry;
  }
}
