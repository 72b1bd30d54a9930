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

/** One attribute, in double or single quotes, with or without spaces around `=`. */
const ATTRIBUTE = /\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** An element's attributes by name: attributes('<rect width="32" rx="6"/>') → { width: '32', rx: '6' }. */
function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]!, (m[2] ?? m[3])!]));
}

/**
 * The favicon's SVG with its background square's corners squared off. The
 * background is the first element inside <svg>: a <rect> at 0, 0 as wide and
 * as tall as the viewBox, not moved by a transform nor shaped by a style.
 * Throws, naming the file, if there is no such square, because the icon's
 * corners would then be left transparent.
 */
export function touchIconSvg(faviconSvg: string): string {
  const svg = /<svg\b[^>]*>/.exec(faviconSvg);
  const viewBox = svg && /^0 0 (\S+) (\S+)$/.exec(attributes(svg[0]).get('viewBox')?.trim() ?? '');
  const first = svg && /^\s*<rect\b[^>]*>/.exec(faviconSvg.slice(svg.index + svg[0].length));
  const rect = first && attributes(first[0]);
  const isZero = (v: string | undefined) => v === undefined || Number(v) === 0;
  const isBackground =
    viewBox && rect && rect.get('width') === viewBox[1] && rect.get('height') === viewBox[2] && isZero(rect.get('x')) && isZero(rect.get('y')) && !rect.has('transform') && !rect.has('style');
  if (!first || !isBackground) {
    throw new Error(
      'touch icon: the first element inside <svg> in public/favicon.svg must be its background: a <rect> at 0, 0 as wide and as tall as the viewBox ("0 0 W H"), which the home-screen icon fills edge to edge',
    );
  }
  const square = first[0].replace(ATTRIBUTE, (attribute, name: string) => (name === 'rx' || name === 'ry' ? '' : attribute));
  return faviconSvg.replace(first[0], square);
}

/** An SVG drawn as PNG bytes, `size` pixels wide. */
async function svgToPng(svg: string, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  const png = image.asPng();
  // A copy into its own ArrayBuffer: what `new Response()` takes (a Buffer may sit on a shared pool).
  const bytes = new Uint8Array(new ArrayBuffer(png.length));
  bytes.set(png);
  return bytes;
}

/** The icon as PNG bytes, TOUCH_ICON_SIZE square. */
export function renderTouchIcon(faviconSvg: string, size = TOUCH_ICON_SIZE): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(touchIconSvg(faviconSvg), size);
}

/**
 * 64 × 64: sharp in a tab at up to 4× (16 CSS px) and in lists at 2× (32 CSS
 * px); browsers scale it down for the rest.
 */
export const FAVICON_SIZE = 64;

/**
 * The favicon the pages link to, as PNG bytes: `public/favicon.svg` as drawn,
 * rounded corners and all, FAVICON_SIZE square. A PNG rather than the SVG
 * because Chromium draws an SVG favicon as a small document of its own on the
 * page's main thread after load (issue 7: a task of 8 to 39 ms in the
 * Lighthouse traces of the topic page on 7 Dec; in 4 runs with this PNG, no
 * task over 5 ms after first paint; docs/performance-notes.md).
 */
export function renderFavicon(faviconSvg: string, size = FAVICON_SIZE): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(faviconSvg, size);
}

/**
 * An ICO file holding one PNG (every browser since Internet Explorer 11 reads
 * PNG inside ICO), for `/favicon.ico`: browsers ask for it on their own when
 * they show a document that names no icon, such as a feed. `size` is the PNG's
 * width and height, 1 to 256 (an ICO writes 256 as 0).
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`icoFromPng: size must be a whole number from 1 to 256, got ${size}`);
  const HEADER = 6;
  const ENTRY = 16;
  const out = new Uint8Array(HEADER + ENTRY + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  view.setUint8(6, size % 256); // width
  view.setUint8(7, size % 256); // height
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true); // bytes of the image
  view.setUint32(18, HEADER + ENTRY, true); // where it starts
  out.set(png, HEADER + ENTRY);
  return out;
}
