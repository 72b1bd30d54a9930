import faviconSvg from '../../public/favicon.svg?raw';
import { renderTouchIcon } from '../lib/touch-icon';

/** Built once into dist/apple-touch-icon.png (under the base path), from the favicon. */
export async function GET() {
  return new Response(await renderTouchIcon(faviconSvg), { headers: { 'Content-Type': 'image/png' } });
}
