import faviconSvg from '../../public/favicon.svg?raw';
import { FAVICON_SIZE, icoFromPng, renderFavicon } from '../lib/touch-icon';

/** Built once into dist/favicon.ico (under the base path): the PNG favicon in an ICO, for documents that name no icon. */
export async function GET() {
  return new Response(icoFromPng(await renderFavicon(faviconSvg), FAVICON_SIZE), { headers: { 'Content-Type': 'image/x-icon' } });
}
