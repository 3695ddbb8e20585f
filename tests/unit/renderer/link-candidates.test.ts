import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src-main/db/model.ts';
import {
  candidatesFor,
  rolesBetween,
  rolesFrom,
  stepIndex,
} from '../../../src-renderer/frame/link-candidates.ts';

const EVENT = 1;
const NUMBER = 2;
const ACTOR = 3;
const role = (id: number, name: string, to: number[], many = true): Role => ({
  id,
  name,
  hotkey: name[0] ?? null,
  description: '',
  many,
  required: false,
  from: [EVENT],
  to,
  position: id,
});
const AGENT = role(1, 'agent', [ACTOR]);
const QUANTITY = role(3, 'quantity', [NUMBER], false);
const span = (id: number, labelId: number, start: number, end: number) => ({ id, labelId, start, end });

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
// "Biden zei dat 2.500 militairen trokken terug, aldus Rutte en Jansen."
const event = span(10, EVENT, 31, 44);
const biden = span(11, ACTOR, 0, 5);
const soldiers = span(12, ACTOR, 20, 30);
const rutte = span(13, ACTOR, 52, 57);
const jansen = span(14, ACTOR, 61, 67);
const number = span(15, NUMBER, 14, 19);
const all = [biden, number, soldiers, event, rutte, jansen];

describe('link candidates', () => {
  it('offers the spans of the role’s labels, nearest to the event first', () => {
    expect(candidatesFor(AGENT, event, all, []).map((a) => a.id)).toEqual([12, 13, 14, 11]);
    expect(candidatesFor(QUANTITY, event, all, []).map((a) => a.id)).toEqual([15]);
  });

  it('breaks ties in reading order and counts an overlapping span as nearest', () => {
    const before = span(20, ACTOR, 21, 26);
    const after = span(21, ACTOR, 49, 54);
    const inside = span(22, ACTOR, 36, 43);
    expect(candidatesFor(AGENT, event, [after, before, inside], []).map((a) => a.id)).toEqual([22, 20, 21]);
  });

  it('leaves out the event itself and spans already filling this role of it', () => {
    const relations = [
      { id: 1, roleId: AGENT.id, headId: event.id, childId: soldiers.id },
      { id: 2, roleId: 2, headId: event.id, childId: rutte.id },
    ];
    expect(candidatesFor(AGENT, event, all, relations).map((a) => a.id)).toEqual([13, 14, 11]);
    expect(candidatesFor(role(4, 'x', [EVENT]), event, all, []).map((a) => a.id)).toEqual([]);
  });

  it('knows which roles start at a label and which may link two spans', () => {
    expect(rolesFrom([AGENT, QUANTITY], EVENT).map((r) => r.name)).toEqual(['agent', 'quantity']);
    expect(rolesFrom([AGENT, QUANTITY], ACTOR)).toEqual([]);
    expect(rolesBetween([AGENT, QUANTITY], event, number).map((r) => r.name)).toEqual(['quantity']);
    expect(rolesBetween([AGENT, QUANTITY], number, event)).toEqual([]);
  });

  it('steps round the list both ways', () => {
    expect([stepIndex(0, 1, 3), stepIndex(2, 1, 3), stepIndex(0, -1, 3), stepIndex(0, 1, 0)]).toEqual([
      1, 0, 2, -1,
    ]);
  });
});
