/**
 * The home-screen icon (`apple-touch-icon`): what iOS shows when a reader adds
 * the site to the home screen, and what some share sheets and messaging apps
 * show beside a link. Drawn at build time from `public/favicon.svg`, so the
 * two never drift apart; `src/pages/apple-touch-icon.png.ts` serves it.
 *
 * iOS rounds the corners itself and fills transparency with black, so the
 * icon's square is made full-bleed: its rounded corners (`rx`) are dropped.
 */
import { renderAsync } from '@resvg/resvg-js';

/** 180 × 180: the size iOS asks for on current iPhones (it scales it for the others). */
export const TOUCH_ICON_SIZE = 180;

/** The favicon's SVG with its background square's corners squared off. Throws if the favicon has no background square to fill. */
export function touchIconSvg(faviconSvg: string): string {
  const background = /<rect\b[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\/>/.exec(faviconSvg);
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(faviconSvg);
  if (!background || !viewBox || background[1] !== viewBox[1]) {
    throw new Error('touch icon: public/favicon.svg must start with a background <rect> as wide as its viewBox ("0 0 W H"), which the home-screen icon fills edge to edge');
  }
  const square = background[0].replace(/\s+r[xy]="[^"]*"/g, '');
  return faviconSvg.replace(background[0], square);
}

/** The icon as PNG bytes, TOUCH_ICON_SIZE square. */
export async function renderTouchIcon(faviconSvg: string, size = TOUCH_ICON_SIZE): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(touchIconSvg(faviconSvg), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  const png = image.asPng();
  // A copy into its own ArrayBuffer: what `new Response()` takes (a Buffer may sit on a shared pool).
  const bytes = new Uint8Array(new ArrayBuffer(png.length));
  bytes.set(png);
  return bytes;
}
