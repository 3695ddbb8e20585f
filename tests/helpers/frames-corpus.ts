/**
 * A small corpus in the JSONL format with everything a record can hold:
 * span ids, relations, attributes of each type, fragments, origin, note and
 * flag, two annotators, astral characters and line breaks inside spans, a
 * document without spans and one in the shape exports had before span ids.
 * Offsets are code points, as in the file.
 */
import { writeJsonl } from './corpus.ts';

const cp = (text: string, part: string, from = 0): { start: number; end: number; text: string } => {
  const at = text.indexOf(part, from);
  if (at < 0) throw new Error(`"${part}" is not in the text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...part].length, text: part };
};

const SPAN_DEFAULTS = {
  annotator: null,
  attributes: {},
  fragments: [],
  origin: null,
  note: null,
  flag: null,
};

export const FRAMES_TEXT =
  'De VS 🇺🇸 hebben 2.500 militairen in Irak.\nDe regering 😀 van al-Kazimi\u2028zegt dat zij blijven.';

export function framesRecords(): unknown[] {
  const t = FRAMES_TEXT;
  const event = cp(t, 'hebben 2.500 militairen in Irak');
  const actor = cp(t, 'De VS 🇺🇸');
  const number = cp(t, '2.500');
  const saysHead = cp(t, 'zegt');
  const speaker = cp(t, 'De regering 😀 van al-Kazimi');
  // "Irak.\nDe regering" across the line break, and "al-Kazimi\u2028zegt" across the separator.
  const across = cp(t, 'Irak.\nDe');
  const sep = cp(t, 'al-Kazimi\u2028zegt');
  const fragmented = { start: cp(t, 'De VS').start, end: cp(t, 'militairen').end };
  return [
    {
      id: 'frames',
      text: t,
      meta: {
        date: '2021-07-26',
        source: 'nos.nl',
        status: 'in_progress',
        note: 'bron nakijken:\nNOS of ANP?',
        flag: 'unsure',
        title: 'Troepen 🇺🇸',
        extra: { topic: ['irak'], '2021': 1 },
      },
      spans: [
        {
          id: 'E1',
          ...event,
          label: 'EVENT',
          ...SPAN_DEFAULTS,
          annotator: 'anna',
          attributes: { polarity: 'positive', tense: 'present' },
          origin: { kind: 'manual', rule: null },
          note: 'troepen\nblijven',
          flag: 'check',
        },
        {
          id: 'A1',
          ...actor,
          label: 'ACTOR',
          ...SPAN_DEFAULTS,
          annotator: 'anna',
          attributes: { kind: 'country' },
        },
        {
          id: 'N1',
          ...number,
          label: 'NUMBER',
          ...SPAN_DEFAULTS,
          annotator: 'anna',
          attributes: { value: 2500, unit: 'militairen', mod: 'exact' },
          origin: { kind: 'accepted', rule: 'numbers' },
        },
        { id: 'E2', ...saysHead, label: 'EVENT', ...SPAN_DEFAULTS, annotator: 'bob' },
        { id: 'A2', ...speaker, label: 'ACTOR', ...SPAN_DEFAULTS, annotator: 'bob' },
        {
          id: 'X1',
          ...across,
          label: 'ACTOR',
          ...SPAN_DEFAULTS,
          annotator: 'bob',
          origin: { kind: 'accepted', rule: 'names' },
        },
        { id: 'X2', ...sep, label: 'ACTOR', ...SPAN_DEFAULTS },
        {
          id: 'F1',
          ...fragmented,
          text: [...t].slice(fragmented.start, fragmented.end).join(''),
          label: 'EVENT',
          ...SPAN_DEFAULTS,
          annotator: 'anna',
          fragments: [cp(t, 'De VS'), cp(t, 'militairen')],
        },
      ],
      relations: [
        { head: 'E1', child: 'A1', label: 'agent' },
        { head: 'E1', child: 'N1', label: 'quantity' },
        { head: 'E2', child: 'A2', label: 'agent' },
        { head: 'E2', child: 'E1', label: 'topic' },
      ],
    },
    {
      id: 'empty',
      text: 'Een artikel zonder spans, maar met een regel\u2029einde.',
      meta: { status: 'done' },
      spans: [],
      relations: [],
    },
    {
      // The shape exports had before span ids: extra meta keys at the top of meta, no ids or relations.
      id: 'old-shape',
      text: 'De VS hebben 2.500 militairen in Irak.',
      meta: { date: '2021-07', status: 'done', sha256: undefined, bron: 'oud', extra_kop: { a: 1 } },
      spans: [
        { start: 0, end: 5, label: 'ACTOR', text: 'De VS', annotator: 'anna' },
        { start: 13, end: 18, label: 'NUMBER', text: '2.500' },
      ],
    },
  ];
}

export const writeFramesCorpus = (dir: string, name = 'frames.jsonl'): string =>
  writeJsonl(dir, name, framesRecords());
