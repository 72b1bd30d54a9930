import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../src/lib/og-image';
import { FAVICON_SIZE, icoFromPng, renderFavicon, renderTouchIcon, TOUCH_ICON_SIZE, touchIconSvg } from '../../src/lib/touch-icon';

const favicon = readFileSync('public/favicon.svg', 'utf8');

/** RGBA of one pixel of an SVG drawn at `size`. */
function pixel(svg: string, size: number, x: number, y: number): number[] {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  const i = (y * image.width + x) * 4;
  return [...image.pixels.subarray(i, i + 4)];
}

describe('touchIconSvg', () => {
  it("squares off the favicon's rounded background, leaving the rest as it is", () => {
    const svg = touchIconSvg(favicon);
    expect(favicon).toMatch(/<rect[^>]*\brx="/); // the favicon itself is rounded
    expect(svg).not.toMatch(/<rect[^>]*\br[xy]="/);
    expect(svg.replace(/<rect[^>]*\/>/, '')).toBe(favicon.replace(/<rect[^>]*\/>/, ''));
  });

  it('fills the corners: the favicon leaves them transparent (iOS would show black), the icon paints them', () => {
    expect(pixel(favicon, TOUCH_ICON_SIZE, 0, 0)[3]).toBe(0);
    expect(pixel(touchIconSvg(favicon), TOUCH_ICON_SIZE, 0, 0)).toEqual(pixel(favicon, TOUCH_ICON_SIZE, 90, 10));
  });

  it('refuses a favicon whose first element is not a full-size background square, saying what it needs', () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${inner}</svg>`;
    const E = '<path d="M9 8h14v3H9z" fill="#fff"/>';
    for (const bad of [
      svg('<circle r="16"/>'), // no rect
      svg('<rect width="16" height="16"/>'), // too small
      svg('<rect width="32" height="4"/>'), // a stripe
      svg('<rect width="4" height="32"/>'), // a column
      svg('<rect x="8" y="8" width="32" height="32"/>'), // moved
      svg('<rect x="8" width="32" height="32"/>'), // moved sideways
      svg("<rect y = '8' width='32' height='32'/>"), // moved down, written another way
      svg('<rect width="32" height="32" transform="translate(8 8)"/>'), // moved by a transform
      svg('<rect width="32" height="32" style="rx: 6px"/>'), // rounded by a style
      svg(`${E}<rect width="32" height="32"/>`), // drawn over the letter, not behind it
    ]) {
      expect(() => touchIconSvg(bad), bad).toThrow(/first element inside <svg> in public\/favicon\.svg must be its background/);
    }
  });

  it('reads the background square however its attributes are written', () => {
    const svg = (rect: string) => `<svg viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg">\n  ${rect}<path d="M0 0h1v1z"/></svg>`;
    expect(touchIconSvg(svg('<rect stroke-width="2" rx="6" width="32" x="0" ry="6" height="32" fill="#9b1c1c"/>'))).toBe(
      svg('<rect stroke-width="2" width="32" x="0" height="32" fill="#9b1c1c"/>'),
    );
    expect(touchIconSvg(svg('<rect width="32" height="32" rx="6"></rect>'))).toBe(svg('<rect width="32" height="32"></rect>'));
    expect(touchIconSvg(svg("<rect width='32' height = '32' rx = '6' ry='6'/>"))).toBe(svg("<rect width='32' height = '32'/>"));
  });
});

describe('renderTouchIcon', () => {
  it('is a 180 × 180 PNG', async () => {
    // readPngSize (og-image.ts) throws on anything that is not a PNG.
    expect(readPngSize(await renderTouchIcon(favicon))).toEqual({ width: 180, height: 180 });
  });
});

describe('renderFavicon', () => {
  /** RGBA of one pixel of a PNG. */
  const pngPixel = (png: Uint8Array, x: number, y: number) => {
    const image = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${FAVICON_SIZE}" height="${FAVICON_SIZE}"><image width="${FAVICON_SIZE}" height="${FAVICON_SIZE}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`).render();
    const i = (y * image.width + x) * 4;
    return [...image.pixels.subarray(i, i + 4)];
  };

  it('is a 64 × 64 PNG of the SVG as drawn, its rounded corners left transparent', async () => {
    const png = await renderFavicon(favicon);
    expect(readPngSize(png)).toEqual({ width: 64, height: 64 });
    expect(pngPixel(png, 0, 0)[3]).toBe(0);
    expect(pngPixel(png, 32, 2)).toEqual(pixel(favicon, FAVICON_SIZE, 32, 2));
    expect(pngPixel(png, 32, 2)[3]).toBe(255);
  });
});

describe('icoFromPng', () => {
  it('wraps the PNG in a one-image ICO header that gives its size, bytes and offset', async () => {
    const png = await renderFavicon(favicon);
    const ico = icoFromPng(png, FAVICON_SIZE);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], view.getUint16(10, true), view.getUint16(12, true)]).toEqual([64, 64, 1, 32]);
    expect([view.getUint32(14, true), view.getUint32(18, true)]).toEqual([png.length, 22]);
    expect(Buffer.from(ico.subarray(22)).equals(Buffer.from(png))).toBe(true);
  });
  it('writes 256 as 0, as the format says, and refuses sizes it cannot hold', () => {
    const ico = icoFromPng(new Uint8Array([1, 2, 3]), 256);
    expect([ico[6], ico[7], ico.length]).toEqual([0, 0, 25]);
    expect(() => icoFromPng(new Uint8Array(1), 257)).toThrow(/from 1 to 256, got 257/);
    expect(() => icoFromPng(new Uint8Array(1), 0)).toThrow(/got 0/);
  });
});
