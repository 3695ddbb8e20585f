/**
 * Payloads the contract accepts, per call: the shapes of the zod schemas in
 * src-main/ipc/contract.ts, written out as fast-check arbitraries (no zod
 * bridge is installed). Ids mix ones that exist with any the schema allows;
 * offsets and strings reach for the edges: past the end of a text, inside a
 * surrogate pair, lone surrogates, emoji, the largest values allowed.
 */
import fc from 'fast-check';
import type { Method, RequestInput } from '../../../src-main/ipc/contract.ts';
import { ATTRIBUTE_TYPES, DOCUMENT_STATUSES } from '../../../src-main/db/model.ts';
import { RULE_LABELS } from '../../../src-main/suggest/rules.ts';
import { MENTION_SCOPES } from '../../../src-main/db/suggestion-mentions.ts';
import { HIT_SCOPES } from '../../../src-main/db/corpus-search.ts';
import { ANNOTATE_AS } from '../../../src-main/db/search-annotate.ts';
import { SYNC_INTERVALS } from '../../../src-main/settings/sync-interval.ts';

/** What exists in the database the payloads are sent to. */
export interface World {
  documentIds: number[];
  labelIds: number[];
  annotationIds: number[];
  roleIds: number[];
  /** Relations the scheme allows between annotations of the seed: role, event, argument. */
  frames: { roleId: number; headId: number; childId: number }[];
  /** Relations the seed holds; new ones get ids after these. */
  relationIds: number[];
  /** Attribute names of the scheme, and values each type allows. */
  attributeNames: string[];
  attributeIds: number[];
  /** Lengths (UTF-16) of the document texts, and offsets of surrogate pairs in them. */
  edgeOffsets: number[];
}

const MAX_OFFSET = 2 ** 31 - 1;

const someId = (known: number[]): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 100 }) },
    fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 31, 2 ** 32 + 1, 2 ** 53 - 2),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  );

const someOffset = (world: World): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 120 }) },
    { weight: 3, arbitrary: fc.constantFrom(...world.edgeOffsets) },
    fc.constantFrom(MAX_OFFSET, MAX_OFFSET - 1, 2 ** 16, 0),
    fc.integer({ min: 0, max: MAX_OFFSET }),
  );

/** Characters that trip text handling: astral, combining, lone surrogates, controls, SQL and regex specials. */
const trickyChar = fc.oneof(
  fc.constantFrom(
    'a',
    'Z',
    'é',
    'ß',
    'İ',
    'ı',
    'ﬁ',
    'ǅ',
    '١',
    'Ⅻ',
    '_',
    '-',
    ' ',
    '%',
    '"',
    "'",
    '\\',
    '*',
    '\u0000',
    '\u0001',
    '\n',
    '\u0301',
    '\u200d',
    '\ufeff',
    '\ud800',
    '\udfff',
    '🇺🇸',
    '𝔘',
    '👩‍👩‍👧',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const trickyString = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(trickyChar, { maxLength }).map((parts) => parts.join('').slice(0, maxLength));

/** Letters and digits of many scripts, some outside the BMP, plus `_` and `-`: what a label name allows. */
const nameChar = fc.constantFrom(
  'A',
  'z',
  'é',
  'ß',
  'İ',
  'ǅ',
  'Ω',
  'я',
  '中',
  '٣',
  '7',
  '_',
  '-',
  '𝔘',
  '𝟙',
  'EVENT',
  'ACTOR',
);
const labelName = fc
  .array(nameChar, { minLength: 1, maxLength: 20 })
  .map((parts) => parts.join('').slice(0, 64))
  .filter((s) => s.length > 0 && !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(s));
const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF');
const color = fc.array(hexDigit, { minLength: 6, maxLength: 6 }).map((d) => `#${d.join('')}`);
const hotkey = fc.oneof(fc.constant(null), fc.constantFrom('1', '2', '3', '9', 'a', 'Z', 'é', 'ß', '٣', '𝔘'));
const status = fc.constantFrom(...DOCUMENT_STATUSES);
const attributeType = fc.constantFrom(...ATTRIBUTE_TYPES);
/** Defaults a scheme edit may give: any type, or none. */
const defaultValue = fc.oneof(
  fc.constant(null),
  trickyString(30),
  fc.constantFrom('positive', 'asserted', '2021-07', '2021-02-30'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);
const choiceValues = fc.array(fc.oneof(trickyString(20), fc.constantFrom('positive', 'negative', ' x')), {
  maxLength: 5,
});
const changes = <T extends Record<string, unknown>>(r: T): boolean =>
  Object.keys(r).some((k) => k !== 'id' && r[k] !== undefined);

/** Values of every attribute type, valid for some attribute and wrong for most. */
const attributeValue = fc.oneof(
  fc.constantFrom('positive', 'negative', 'past', 'person', 'exact', '2021', '2021-07-14', 'kg'),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  trickyString(30),
);

type Arbitraries = { [M in Method]: fc.Arbitrary<RequestInput<M>> };

export function acceptedPayloads(world: World): Arbitraries {
  const documentId = someId(world.documentIds);
  const labelId = someId(world.labelIds);
  const annotationId = someId(world.annotationIds);
  const attributeId = someId(world.attributeIds);
  const roleId = someId(world.roleIds);
  const labelIds = fc.array(labelId, { minLength: 1, maxLength: 3 });
  const attribute = {
    name: labelName,
    type: attributeType,
    values: choiceValues,
    required: fc.boolean(),
    default: defaultValue,
  };
  const role = {
    name: labelName,
    hotkey,
    description: trickyString(200),
    from: labelIds,
    to: labelIds,
    many: fc.boolean(),
    required: fc.boolean(),
  };
  const offset = someOffset(world);
  const relationId = someId(world.relationIds.length ? world.relationIds : [1, 2, 3]);
  const attributeName = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...world.attributeNames) },
    labelName,
  );
  // Any pairs, and the same offsets sorted into pairs: many of those are fragments the text can take.
  const fragments = fc.array(fc.tuple(offset, offset), { minLength: 2, maxLength: 4 }).chain((pairs) => {
    const flat = pairs.flat().sort((a, b) => a - b);
    const sorted = pairs.map((_, i): [number, number] => [flat[2 * i] ?? 0, flat[2 * i + 1] ?? 0]);
    return fc.constantFrom(pairs, sorted);
  });
  // Keys of spans the seed may hold (label, start, end, no fragments), and junk.
  const curationKey = fc.oneof(
    fc
      .tuple(labelId, fc.nat({ max: 60 }), fc.nat({ max: 60 }))
      .map(([l, a, b]) => `S|${l}|${a}|${a + b + 1}|`),
    trickyString(60).filter((k) => k.length > 0),
  );
  const span = fc
    .tuple(offset, offset)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? { start: a, end: b } : { start: b, end: a }));
  const searchQuery = {
    text: fc
      .oneof(trickyString(500), fc.constantFrom('Kazimi', 'de', '"', 'ë'))
      .filter((t) => t.trim() !== ''),
    label: fc.oneof(labelId, fc.constantFrom(...HIT_SCOPES)),
    status,
  };
  return {
    'documents.list': fc.record(
      {
        search: trickyString(200),
        status,
        mark: fc.constantFrom('flagged' as const, 'noted' as const),
        offset: fc.oneof(fc.nat({ max: 10 }), offset),
        limit: fc.integer({ min: 1, max: 1000 }),
      },
      { requiredKeys: [] },
    ),
    'documents.get': fc.record(
      { id: documentId, layer: fc.constant('gold' as const) },
      { requiredKeys: ['id'] },
    ),
    'documents.setStatus': fc.record({ id: documentId, status }),
    'documents.mark': fc.oneof(
      fc.record({ id: documentId, note: fc.option(trickyString(200)) }),
      fc.record({ id: documentId, flag: fc.option(fc.constantFrom('unsure', 'x')) }),
    ),
    'documents.warnings': fc.record(
      { documentId, layer: fc.constant('gold' as const) },
      { requiredKeys: ['documentId'] },
    ),
    'annotations.create': fc
      .tuple(
        documentId,
        labelId,
        span,
        fc.option(fragments, { nil: undefined }),
        fc.option(fc.dictionary(attributeName, attributeValue, { maxKeys: 3 }), { nil: undefined }),
      )
      .map(([d, l, s, f, a]) => {
        // With fragments, start and end are their extent when that is a span, as the editor sends them.
        const extent = { start: f?.[0]?.[0] ?? 0, end: f?.[f.length - 1]?.[1] ?? 0 };
        const shape = extent.start < extent.end ? extent : s;
        return {
          documentId: d,
          labelId: l,
          ...shape,
          ...(f ? { fragments: f } : {}),
          ...(a ? { attributes: a } : {}),
        };
      }),
    'annotations.update': fc
      .record(
        {
          id: annotationId,
          labelId,
          start: offset,
          end: offset,
          attributes: fc.dictionary(attributeName, fc.option(attributeValue), { maxKeys: 3 }),
          fragments: fc.option(fragments),
          note: fc.option(trickyString(40)),
          flag: fc.option(fc.constantFrom('unsure', 'check', '⚑')),
        },
        { requiredKeys: ['id'] },
      )
      .filter((r) => Object.keys(r).length > 1),
    'annotations.delete': fc.record({ id: annotationId }),
    'relations.create': fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...world.frames) },
      fc.record({ roleId, headId: annotationId, childId: annotationId }),
    ),
    'relations.update': fc
      .record({ id: relationId, roleId, childId: annotationId }, { requiredKeys: ['id'] })
      .filter((r) => r.roleId !== undefined || r.childId !== undefined),
    'relations.delete': fc.record({ id: relationId }),
    'history.undo': fc.record(
      { documentId, layer: fc.constant('gold' as const) },
      { requiredKeys: ['documentId'] },
    ),
    'history.redo': fc.record(
      { documentId, layer: fc.constant('gold' as const) },
      { requiredKeys: ['documentId'] },
    ),
    'labels.list': fc.constant({}),
    'labels.create': fc.record(
      { name: labelName, color, hotkey, description: trickyString(200) },
      { requiredKeys: ['name'] },
    ),
    'labels.update': fc.record(
      { id: labelId, name: labelName, color, hotkey, description: trickyString(200) },
      { requiredKeys: ['id'] },
    ),
    'corpus.import': fc.record(
      {
        from: fc.constantFrom('files', 'folder', 'samples'),
        skipInvalid: fc.boolean(),
        createLabels: fc.boolean(),
      },
      { requiredKeys: ['from'] },
    ),
    'corpus.export': fc.record({ status }, { requiredKeys: [] }),
    'corpus.stats': fc.constant({}),
    'place.get': fc.constant({}),
    'place.set': fc.record({ documentId, offset }),
    'app.language': fc.record({ language: fc.constantFrom('en' as const, 'nl' as const) }),
    'scheme.get': fc.constant({}),
    'labels.delete': fc.record({ id: labelId, forgetUndo: fc.boolean() }, { requiredKeys: ['id'] }),
    'attributes.create': fc.record({ labelId, ...attribute }, { requiredKeys: ['labelId', 'name', 'type'] }),
    'attributes.update': fc
      .record({ id: attributeId, ...attribute }, { requiredKeys: ['id'] })
      .filter(changes),
    'attributes.delete': fc.record({ id: attributeId, clearValues: fc.boolean() }, { requiredKeys: ['id'] }),
    'roles.create': fc.record(role, { requiredKeys: ['name', 'from', 'to'] }),
    'roles.update': fc.record({ id: roleId, ...role }, { requiredKeys: ['id'] }).filter(changes),
    'roles.delete': fc.record({ id: roleId, forgetUndo: fc.boolean() }, { requiredKeys: ['id'] }),
    'scheme.export': fc.constant({}),
    'scheme.import': fc.oneof(
      fc.constant({ from: 'file' as const }),
      fc.constant({ from: 'bundled' as const, name: 'news-events' as const }),
    ),
    'agreement.get': fc.record(
      {
        annotators: fc.array(fc.constantFrom('anna', 'bob', 'gold', 'nobody'), {
          minLength: 2,
          maxLength: 3,
        }),
        labels: fc.array(fc.constantFrom('EVENT', 'ACTOR', 'PLACE'), { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    'settings.get': fc.constant({}),
    'settings.setAnnotator': fc.record({
      name: fc.oneof(trickyString(80), fc.constantFrom('anna', 'gold', 'All')),
    }),
    'layers.list': fc.record({ documentId }),
    'layers.corpus': fc.constant({}),
    'layers.get': fc.record({
      documentId,
      layer: fc.option(fc.constantFrom('anna', 'bob', 'gold', 'tester')),
    }),
    'curation.list': fc.record({ documentId }),
    'curation.accept': fc.record(
      { documentId, key: curationKey, from: fc.constantFrom('anna', 'bob', 'tester') },
      { requiredKeys: ['documentId', 'key'] },
    ),
    'curation.reject': fc.record({ documentId, key: curationKey }),
    'curation.acceptAgreed': fc.record({ documentId }),
    'curation.setStatus': fc.record({ documentId, status }),
    'suggestions.list': fc.record({ documentId }),
    'suggestions.compute': fc.record(
      { documentId, labels: fc.uniqueArray(fc.constantFrom(...RULE_LABELS), { minLength: 1 }) },
      { requiredKeys: ['documentId'] },
    ),
    'suggestions.accept': fc.record({ id: fc.integer({ min: 1, max: 50 }) }),
    'suggestions.reject': fc.record({ id: fc.integer({ min: 1, max: 50 }) }),
    'suggestions.acceptAll': fc.record({ documentId, labelId }),
    'suggestions.mentions': fc.record({ annotationId, scope: fc.constantFrom(...MENTION_SCOPES) }),
    'search.corpus': fc.record(
      { ...searchQuery, limit: fc.integer({ min: 1, max: 5000 }) },
      { requiredKeys: ['text'] },
    ),
    'search.annotate': fc.record({
      query: fc.record(searchQuery, { requiredKeys: ['text'] }),
      labelId,
      as: fc.constantFrom(...ANNOTATE_AS),
      dryRun: fc.boolean(),
    }),
    'sync.setting': fc.constant({}),
    // A port nothing listens on: a sync refused at once, never a wait on the network.
    'sync.configure': fc.record({
      server: fc.constantFrom('postgres://127.0.0.1:1/team', 'postgres://127.0.0.1:1/team?sslmode=require'),
      user: fc.constantFrom('anna', ''),
      password: trickyString(20),
      remember: fc.boolean(),
      every: fc.constantFrom(...SYNC_INTERVALS),
    }),
    'sync.status': fc.constant({}),
    'sync.now': fc.constant({}),
  };
}
