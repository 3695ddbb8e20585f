/** WCAG 2 colour arithmetic on #rrggbb colours, in sRGB. */

export type Rgb = readonly [number, number, number];

/** A #rrggbb colour as channels from 0 to 1. */
export function rgbOf(hex: string): Rgb {
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return [channel(1), channel(3), channel(5)];
}

/** A channel from gamma-encoded sRGB to linear light. */
export const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function luminance(rgb: Rgb): number {
  return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `share` of `color` over `under`, as CSS color-mix(in srgb) with transparency paints it. */
export function mixOver(color: Rgb, under: Rgb, share: number): Rgb {
  const mix = (i: 0 | 1 | 2) => color[i] * share + under[i] * (1 - share);
  return [mix(0), mix(1), mix(2)];
}

/** Black or white, whichever reads better on `hex`: every colour gives one of them at least 4.5:1. */
export function readableInk(hex: string): '#000000' | '#ffffff' {
  const rgb = rgbOf(hex);
  return contrastRatio(rgb, [0, 0, 0]) >= contrastRatio(rgb, [1, 1, 1]) ? '#000000' : '#ffffff';
}
