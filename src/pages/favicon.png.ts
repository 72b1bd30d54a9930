import faviconSvg from '../../public/favicon.svg?raw';
import { renderFavicon } from '../lib/touch-icon';

/** Built once into dist/favicon.png (under the base path), from the favicon's SVG. */
export async function GET() {
  return new Response(await renderFavicon(faviconSvg), { headers: { 'Content-Type': 'image/png' } });
}
