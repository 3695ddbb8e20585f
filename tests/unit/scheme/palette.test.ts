/**
 * The default label colours read apart for colour-blind annotators and keep
 * the article's text readable on their highlights, in both themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import { listLabels } from '../../../src-main/db/labels.ts';
import { DEFAULT_LABEL_COLORS } from '../../../src-main/scheme/palette.ts';
import {
  contrastRatio,
  linear,
  mixOver,
  readableInk,
  rgbOf,
  type Rgb,
} from '../../../src-renderer/editor/contrast.ts';
import { TINT } from '../../../src-renderer/editor/highlight.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { NEWS_EVENTS } from './fixture.ts';

/** Machado, Oliveira & Fernandes (2009), deuteranopia at severity 1, on linear RGB. */
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
] as const;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** The colour as a deuteranope sees it, in linear RGB. */
function deuteranope(rgb: Rgb): Rgb {
  const l = [linear(rgb[0]), linear(rgb[1]), linear(rgb[2])] as const;
  const row = (r: readonly [number, number, number]) => clamp(r[0] * l[0] + r[1] * l[1] + r[2] * l[2]);
  return [row(DEUTERANOPIA[0]), row(DEUTERANOPIA[1]), row(DEUTERANOPIA[2])];
}

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two sRGB colours as a deuteranope sees them. */
const deuteranopeDelta = (a: Rgb, b: Rgb) => {
  const [p, q] = [lab(deuteranope(a)), lab(deuteranope(b))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

function pairs<T>(list: readonly T[]): [T, T][] {
  return list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** The theme colours styles.css gives the article: page, panel and text, light and dark. */
function themes(): { name: string; text: Rgb; grounds: Rgb[] }[] {
  const css = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src-renderer', 'styles.css'), 'utf8');
  const block = (selector: string) => css.slice(css.indexOf(`${selector} {`)).split('}')[0] ?? '';
  const color = (body: string, name: string) =>
    rgbOf(new RegExp(`--${name}: (#[0-9a-f]{6})`).exec(body)?.[1] ?? '');
  return [':root', ":root[data-theme='dark']"].map((selector) => {
    const body = block(selector);
    return { name: selector, text: color(body, 'text'), grounds: [color(body, 'bg'), color(body, 'panel')] };
  });
}

const newsEvents = (
  JSON.parse(readFileSync(NEWS_EVENTS, 'utf8')) as { labels: { name: string; color: string }[] }
).labels;

describe('default label colours', () => {
  it('are what a new database and the bundled scheme start from', () => {
    const db = openDatabase(join(tempDir(), 'palette.sqlite'));
    const seeded = listLabels(db).map((l) => [l.name, l.color]);
    db.close();
    expect(seeded).toEqual(['EVENT', 'NUMBER', 'ACTOR'].map((n) => [n, DEFAULT_LABEL_COLORS[n as 'EVENT']]));
    expect(Object.fromEntries(newsEvents.map((l) => [l.name, l.color]))).toEqual(DEFAULT_LABEL_COLORS);
  });

  it('stay apart under simulated deuteranopia (Machado 2009): ΔE ≥ 15 between every two', () => {
    const deltas = pairs(Object.entries(DEFAULT_LABEL_COLORS)).map(([[a, x], [b, y]]) => ({
      pair: `${a}/${b}`,
      delta: Math.round(deuteranopeDelta(rgbOf(x), rgbOf(y))),
    }));
    expect(deltas.filter((d) => d.delta < 15)).toEqual([]);
  });

  it("keep a new database's highlights apart under deuteranopia: ΔE ≥ 15 between every two, both themes", () => {
    const seeded = [DEFAULT_LABEL_COLORS.EVENT, DEFAULT_LABEL_COLORS.NUMBER, DEFAULT_LABEL_COLORS.ACTOR];
    const close = themes().flatMap((theme) =>
      theme.grounds.flatMap((ground) =>
        pairs(seeded)
          .map(([x, y]) => ({
            pair: `${x}/${y} on ${theme.name}`,
            delta: deuteranopeDelta(mixOver(rgbOf(x), ground, TINT), mixOver(rgbOf(y), ground, TINT)),
          }))
          .filter((d) => d.delta < 15),
      ),
    );
    expect(close).toEqual([]);
  });

  it('keep the text on a highlight at 4.5:1 or more, light and dark, and their badges too', () => {
    const low = themes().flatMap((theme) =>
      theme.grounds.flatMap((ground) =>
        Object.entries(DEFAULT_LABEL_COLORS)
          .map(([name, hex]) => ({
            at: `${name} on ${theme.name}`,
            ratio: contrastRatio(theme.text, mixOver(rgbOf(hex), ground, TINT)),
          }))
          .filter((c) => c.ratio < 4.5),
      ),
    );
    expect(low).toEqual([]);
    for (const hex of Object.values(DEFAULT_LABEL_COLORS))
      expect(contrastRatio(rgbOf(hex), rgbOf(readableInk(hex)))).toBeGreaterThanOrEqual(4.5);
  });
});
