import { describe, expect, it } from 'vitest';
import { arcBetween, inView } from '../../../src-renderer/frame/connectors.ts';

const box = (left: number, top: number, width = 40, height = 20) => ({ left, top, width, height });

describe('connector arcs', () => {
  it('run from the top middle of one span to the other’s, peaking above both', () => {
    const arc = arcBetween(box(0, 100), box(200, 100));
    expect(arc.d.startsWith('M 20 100 C')).toBe(true);
    expect(arc.d.endsWith('220 100')).toBe(true);
    expect(arc.labelX).toBe(120);
    expect(arc.labelY).toBeLessThan(100);
  });

  it('rise higher the farther apart the spans are, within limits', () => {
    const lift = (dx: number) => 100 - arcBetween(box(0, 100), box(dx, 100)).labelY;
    expect(lift(10)).toBe(14);
    expect(lift(120)).toBe(30);
    expect(lift(2000)).toBe(56);
  });

  it('span lines: the arc covers both spans and the rise above the upper one', () => {
    const arc = arcBetween(box(300, 400), box(20, 100));
    expect(arc.top).toBeLessThan(100);
    expect(arc.bottom).toBe(420);
    expect(inView(arc, 0, 90)).toBe(true);
    expect(inView(arc, 421, 900)).toBe(false);
    expect(inView(arc, 0, arc.top - 1)).toBe(false);
  });
});
