import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src-main/db/connection.ts';
import { insertDocument } from '../../../src-main/db/documents.ts';
import { createAnnotation, listAnnotations, redo, undo } from '../../../src-main/db/annotations.ts';
import { findLabelByName } from '../../../src-main/db/labels.ts';
import {
  listOpenSuggestions,
  suggestForCorpus,
  suggestForDocument,
} from '../../../src-main/db/suggestions.ts';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  rejectSuggestion,
} from '../../../src-main/db/suggestion-accept.ts';
import { suggestMentions } from '../../../src-main/db/suggestion-mentions.ts';
import { importSchemeFile } from '../../../src-main/scheme/transfer.ts';
import { deleteAttribute } from '../../../src-main/scheme/edit-attributes.ts';
import { listAttributeDefs } from '../../../src-main/db/scheme-read.ts';
import { documentRecord } from '../../helpers/documents.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { onTestFinished } from 'vitest';

const NEWS_EVENTS = join(import.meta.dirname, '..', '..', '..', 'resources', 'schemes', 'news-events.json');

const TEXT =
  'De Iraakse premier Mustafa al-Kadhimi sprak in Washington met president Joe Biden. ' +
  'Irak en de VS praten al maanden. Biden zei dat Irak sterker is.';

function corpus(texts: string[] = [TEXT]): { db: Db; ids: number[] } {
  const db = openDatabase(join(tempDir(), 'corpus.db'));
  onTestFinished(() => closeDatabase(db));
  const ids = texts.map((t, i) =>
    insertDocument(db, documentRecord(`doc-${i}`, t, { published: '2021-07-26' })),
  );
  return { db, ids };
}

const label = (db: Db, name: string): number => findLabelByName(db, name)?.id ?? 0;
const shown = (db: Db, documentId: number, text = TEXT) =>
  listOpenSuggestions(db, documentId).map((s) => `${text.slice(s.start, s.end)} ${s.rule}`);

describe('suggestions: the ACTOR rules on a real database', () => {
  it("starts the accepting annotator's layer as it starts the document", () => {
    const { db, ids } = corpus();
    const doc = ids[0] ?? 0;
    suggestForDocument(db, doc, ['ACTOR']);
    acceptAllSuggestions(db, doc, label(db, 'ACTOR'), 'anna');
    expect(db.prepare('SELECT layer, status FROM document_layers WHERE document_id = ?').all(doc)).toEqual([
      { layer: 'anna', status: 'in_progress' },
    ]);
  });

  it('numbers suggestions apart from spans: S ids, the first span still T1, an accepted one keeps its S id', () => {
    const { db, ids } = corpus();
    const doc = ids[0] ?? 0;
    suggestForDocument(db, doc, ['ACTOR']);
    expect(listOpenSuggestions(db, doc).map((s) => s.uid)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    const own = createAnnotation(db, { documentId: doc, labelId: label(db, 'EVENT'), start: 38, end: 43 });
    expect(own.uid).toBe('T1');
    const [first] = listOpenSuggestions(db, doc);
    expect(acceptSuggestion(db, first?.id ?? 0, 'anna').uid).toBe('S1');
  });

  it('runs the rules once for a document opened again, and again when asked outright', () => {
    const { db, ids } = corpus([TEXT, 'Washington en Bagdad praten.']);
    const [first = 0, second = 0] = ids;
    expect(suggestForDocument(db, first, ['ACTOR'], true).added).toBe(5);
    // A mention the corpus's own marks would now add: an opening does not look again.
    createAnnotation(db, { documentId: second, labelId: label(db, 'ACTOR'), start: 0, end: 10 });
    expect(suggestForDocument(db, first, ['ACTOR'], true).added).toBe(0);
    const again = suggestForDocument(db, first, ['ACTOR']);
    expect(again.added).toBe(1);
    expect(again.suggestions).toEqual(listOpenSuggestions(db, first));
    expect(shown(db, first)).toContain('Washington actor.mention');
  });

  it('suggests countries and titled names, with the kind filled in, and stores them once', () => {
    const { db, ids } = corpus();
    const doc = ids[0] ?? 0;
    const result = suggestForDocument(db, doc, ['ACTOR']);
    expect(shown(db, doc)).toEqual([
      'Mustafa al-Kadhimi actor.title',
      'Joe Biden actor.title',
      'Irak actor.country',
      'VS actor.country',
      'Irak actor.country',
    ]);
    expect(result.perLabel).toEqual([{ label: 'ACTOR', added: 5 }]);
    expect(listOpenSuggestions(db, doc).map((s) => s.attributes.kind)).toEqual([
      'person',
      'person',
      'country',
      'country',
      'country',
    ]);
    // A second run adds nothing: the same span and label is already suggested.
    expect(suggestForDocument(db, doc, ['ACTOR']).added).toBe(0);
  });

  it('refuses a label the scheme lacks, naming the scheme file that has it', () => {
    const { db, ids } = corpus();
    expect(() => suggestForDocument(db, ids[0] ?? 0, ['TIME'])).toThrow(
      'the scheme has no label TIME; import resources/schemes/news-events.json or add it',
    );
    // Without a list, the labels the scheme has; TIME is reported as left out.
    expect(suggestForDocument(db, ids[0] ?? 0).missing).toEqual(['TIME']);
    importSchemeFile(db, NEWS_EVENTS);
    expect(suggestForDocument(db, ids[0] ?? 0, ['TIME']).missing).toEqual([]);
  });

  it('skips spans an annotation of the label overlaps, in any layer', () => {
    const { db, ids } = corpus();
    const doc = ids[0] ?? 0;
    const at = TEXT.indexOf('Joe Biden');
    createAnnotation(db, {
      documentId: doc,
      labelId: label(db, 'ACTOR'),
      start: at + 4,
      end: at + 9,
      annotator: 'bob',
    });
    // Another label on the same characters does not count.
    const iraq = TEXT.indexOf('Irak');
    createAnnotation(db, { documentId: doc, labelId: label(db, 'EVENT'), start: iraq, end: iraq + 4 });
    const result = suggestForDocument(db, doc, ['ACTOR']);
    // What the run answers with is what the editor lists, ids and order included.
    expect(result.suggestions).toEqual(listOpenSuggestions(db, doc));
    // "Joe Biden" overlaps bob's "Biden"; the EVENT on the first "Irak" does not count; bob's
    // "Biden" is now in the gazetteer, so the later "Biden" is suggested.
    expect(shown(db, doc)).toEqual([
      'Mustafa al-Kadhimi actor.title',
      'Irak actor.country',
      'VS actor.country',
      'Biden actor.mention',
      'Irak actor.country',
    ]);
  });

  it('accepts into the accepting layer with origin and values; undo brings the suggestion back, redo takes it', () => {
    const { db, ids } = corpus();
    const doc = ids[0] ?? 0;
    suggestForDocument(db, doc, ['ACTOR']);
    const first = listOpenSuggestions(db, doc)[0];
    if (!first) throw new Error('no suggestion');
    const made = acceptSuggestion(db, first.id, 'anna');
    expect(made).toMatchObject({
      uid: first.uid,
      start: first.start,
      end: first.end,
      annotator: 'anna',
      attributes: { kind: 'person' },
      origin: { kind: 'accepted', rule: 'actor.title' },
    });
    expect(shown(db, doc)).not.toContain('Mustafa al-Kadhimi actor.title');
    undo(db, doc);
    expect(listAnnotations(db, doc)).toEqual([]);
    expect(listOpenSuggestions(db, doc)[0]).toMatchObject({
      uid: first.uid,
      rule: 'actor.title',
      state: 'open',
    });
    redo(db, doc);
    expect(listAnnotations(db, doc)).toHaveLength(1);
    expect(shown(db, doc)).not.toContain('Mustafa al-Kadhimi actor.title');
  });

  it('never proposes a rejected suggestion again', () => {
    const { db, ids } = corpus();
    const doc = ids[0] ?? 0;
    suggestForDocument(db, doc, ['ACTOR']);
    const biden = listOpenSuggestions(db, doc)[1];
    if (!biden) throw new Error('no suggestion');
    rejectSuggestion(db, biden.id);
    expect(shown(db, doc)).not.toContain('Joe Biden actor.title');
    suggestForDocument(db, doc, ['ACTOR']);
    suggestForCorpus(db, { labels: ['ACTOR'] });
    expect(shown(db, doc)).not.toContain('Joe Biden actor.title');
    expect(() => acceptSuggestion(db, biden.id, null)).toThrow('was rejected');
  });

  it('accepts all of a label in a document as one step: one undo takes them all back, one redo repeats it', () => {
    const { db, ids } = corpus();
    const doc = ids[0] ?? 0;
    suggestForDocument(db, doc, ['ACTOR']);
    const made = acceptAllSuggestions(db, doc, label(db, 'ACTOR'), null);
    expect(made.map((a) => TEXT.slice(a.start, a.end))).toEqual([
      'Mustafa al-Kadhimi',
      'Joe Biden',
      'Irak',
      'VS',
      'Irak',
    ]);
    expect(listOpenSuggestions(db, doc)).toEqual([]);
    undo(db, doc);
    expect(shown(db, doc)).toHaveLength(5);
    expect(listAnnotations(db, doc)).toEqual([]);
    redo(db, doc);
    expect(listOpenSuggestions(db, doc)).toEqual([]);
    expect(listAnnotations(db, doc)).toHaveLength(5);
  });

  it('annotates all mentions in the document, then across the corpus', () => {
    const other = 'Biden belde met Merkel. Later sprak Biden opnieuw; Bidens team niet.';
    const { db, ids } = corpus([TEXT, other]);
    const [doc, second] = [ids[0] ?? 0, ids[1] ?? 0];
    const at = TEXT.indexOf('Biden');
    const biden = createAnnotation(db, {
      documentId: doc,
      labelId: label(db, 'ACTOR'),
      start: at,
      end: at + 5,
      attributes: { kind: 'person' },
    });
    const here = suggestMentions(db, biden.id, 'document');
    expect(here.added).toBe(1);
    expect(shown(db, doc)).toEqual(['Biden mention']);
    expect(here.suggestions[0]?.attributes).toEqual({ kind: 'person' });
    const everywhere = suggestMentions(db, biden.id, 'corpus');
    expect(everywhere).toMatchObject({ added: 2, documents: 1 });
    expect(shown(db, second, other)).toEqual(['Biden mention', 'Biden mention']);
  });

  it("learns the corpus's own ACTORs as a gazetteer", () => {
    const { db, ids } = corpus([TEXT, 'Hezbollah en Hamas reageerden. Ook Hezbollah.']);
    const [doc, second] = [ids[0] ?? 0, ids[1] ?? 0];
    createAnnotation(db, {
      documentId: second,
      labelId: label(db, 'ACTOR'),
      start: 0,
      end: 9,
      attributes: { kind: 'group' },
    });
    suggestForCorpus(db, { labels: ['ACTOR'] });
    expect(shown(db, second, 'Hezbollah en Hamas reageerden. Ook Hezbollah.')).toEqual([
      'Hezbollah actor.mention',
    ]);
    expect(listOpenSuggestions(db, second)[0]?.attributes).toEqual({ kind: 'group' });
    expect(shown(db, doc)).toHaveLength(5);
  });

  it('accepts a NUMBER with its normalized values; only the attributes the scheme defines', () => {
    const text = 'Het kabinet trekt ruim 2,5 miljard euro uit voor 300 militairen.';
    const { db, ids } = corpus([text]);
    const doc = ids[0] ?? 0;
    suggestForDocument(db, doc, ['NUMBER']);
    expect(shown(db, doc, text)).toEqual(['2,5 miljard euro number.money', '300 number.digits']);
    const [money, count] = listOpenSuggestions(db, doc);
    expect(acceptSuggestion(db, money?.id ?? 0, 'anna').attributes).toEqual({
      min: 2_500_000_000,
      mod: 'min',
      unit: 'EUR',
      value: 2_500_000_000,
    });
    // A scheme without `min` and `mod`: accepting fills in what it still has.
    for (const def of listAttributeDefs(db).filter((d) => d.name === 'mod' || d.name === 'min'))
      deleteAttribute(db, def.id, true);
    expect(acceptSuggestion(db, count?.id ?? 0, 'anna').attributes).toEqual({ value: 300 });
  });

  it('answers a run with every label as the editor lists them: ids, values and reading order', () => {
    const text = `${TEXT} Maandag 12 juli 2021 stuurde Irak ruim 2.500 militairen, zo'n 30 procent meer dan in 2019.`;
    const { db, ids } = corpus([text]);
    importSchemeFile(db, NEWS_EVENTS);
    const doc = ids[0] ?? 0;
    const result = suggestForDocument(db, doc);
    expect(result.perLabel.every((l) => l.added > 0)).toBe(true);
    expect(result.suggestions).toEqual(listOpenSuggestions(db, doc));
  });

  it('reads TIME against the document date, no more precisely than it is known', () => {
    const text = 'Het kabinet besloot maandag dat het volgend jaar klaar is.';
    const { db, ids } = corpus([text]);
    importSchemeFile(db, NEWS_EVENTS);
    const monthOnly = insertDocument(
      db,
      documentRecord('month', text.replace('kabinet', 'college'), { published: '2021-07' }),
    );
    suggestForCorpus(db, { labels: ['TIME'] });
    const values = (doc: number) => listOpenSuggestions(db, doc).map((s) => s.attributes);
    // The article is dated Monday 26 July 2021: "maandag" is that day.
    expect(values(ids[0] ?? 0)).toEqual([{ timex: '2021-07-26' }, { timex: '2022' }]);
    expect(values(monthOnly)).toEqual([{ timex: '2021-07' }, { timex: '2022' }]);
  });
});
