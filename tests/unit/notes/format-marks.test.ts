import { describe, expect, it } from 'vitest';
import { FORMATS, type ForeignFormat } from '../../../src-main/formats/registry.ts';
import type { CorpusRecord } from '../../../src-main/formats/types.ts';
import { SCHEME, record } from '../formats/records.ts';

const ARTICLE = 'De VS hebben momenteel 2.500 militairen in het land.';

function marked(): CorpusRecord {
  const r = record(ARTICLE, [['De VS', 'ACTOR']]);
  return { ...r, meta: { ...r.meta, note: 'NOS of ANP?', flag: 'unsure' } };
}

function writeOne(format: ForeignFormat, r: CorpusRecord) {
  const entry = FORMATS[format];
  if (!entry) throw new Error(`${format} not in this build`);
  const w = entry.writer();
  const head = w.begin(SCHEME);
  const { outputs, losses } = w.record(r);
  const tail = w.end(SCHEME);
  return { entry, outputs: [...head, ...outputs, ...tail], losses };
}

describe("a document's note and flag in the other formats", () => {
  it.each(['doccano', 'labelstudio', 'prodigy'] as const)('%s keeps them through a round trip', (format) => {
    const { entry, outputs, losses } = writeOne(format, marked());
    expect(losses.filter((l) => /note|flag/.test(l.message))).toEqual([]);
    const text = outputs.map((o) => o.text).join('');
    const back = [...entry.reader(SCHEME).read([{ path: 'in', text }])].flatMap((r) =>
      r.kind === 'record' ? [r.record] : [],
    );
    expect(back[0]?.meta).toMatchObject({ note: 'NOS of ANP?', flag: 'unsure' });
    expect(back[0]?.meta.extra).toEqual({});
  });

  it('brat says it loses both, each by name and value', () => {
    const { losses } = writeOne('brat', marked());
    expect(losses.map((l) => l.message)).toEqual(
      expect.arrayContaining([
        `the document's note "NOS of ANP?" is not written: brat has no place for a document note`,
        `the document's flag "unsure" is not written: brat has no place for a document flag`,
      ]),
    );
  });

  it('CoNLL-2002 names them among the document fields it cannot keep', () => {
    const { losses } = writeOne('conll2002', marked());
    expect(losses.find((l) => l.kind === 'document field')?.message).toMatch(/\bnote, flag not kept/);
  });
});
