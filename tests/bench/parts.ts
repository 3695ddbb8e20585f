/**
 * The parts of `npm run bench`. A run without
 * --only or --all holds the default ones: issue 23 keeps it within ten
 * minutes on a 2-core machine, and the million documents take over half of
 * that, so the default holds that judged rows and the others run on
 * request. `--only a,b` runs those parts, `--all` every part, `--smoke`
 * every part at a tiny size.
 */
export const PARTS = {
  corpus: { byDefault: true, about: 'import against parsing alone; export against a bare read of the file' },
  'main-thread': {
    byDefault: true,
    about: "the main thread's event-loop delay during a 100,000-document import",
  },
  scale: { byDefault: true, about: 'a million documents: list, filter and stats queries, memory, size' },
  open: { byDefault: true, about: 'opening two long documents, against plain DOM doing the same work' },
  tables: { byDefault: false, about: 'import against a bare loop writing the same rows; memory at 5×' },
  formats: { byDefault: false, about: 'export in each other format, against our JSONL export' },
  relations: { byDefault: false, about: 'import and export of a corpus with relations and attributes' },
  merge: { byDefault: false, about: "merge of another annotator's layer, against a plain import" },
  queries: { byDefault: false, about: 'list and stats queries on 100,000 documents' },
  browser: { byDefault: false, about: 'the open rows, every latency row over 200 keypresses, the list' },
  agreement: { byDefault: false, about: 'agreement between three annotators' },
  suggest: { byDefault: false, about: 'suggestions: a 1,000,000-char article and a corpus' },
  search: { byDefault: false, about: 'document filter and corpus search on 100,000 documents' },
  team: { byDefault: false, about: "the team server under 20 annotators' load (needs PostgreSQL)" },
} as const satisfies Record<string, { byDefault: boolean; about: string }>;

export type Part = keyof typeof PARTS;
export const PART_NAMES = Object.keys(PARTS) as Part[];

const isPart = (name: string): name is Part => Object.hasOwn(PARTS, name);

/** The parts a run holds, in run order, from its options; an unknown part name is refused. */
export function partsToRun(options: { only?: string | undefined; all: boolean; smoke: boolean }): Set<Part> {
  if (options.only !== undefined && options.all) throw new Error('--only and --all exclude each other');
  if (options.only === undefined)
    return new Set(PART_NAMES.filter((p) => options.all || options.smoke || PARTS[p].byDefault));
  const asked = options.only.split(',').map((p) => p.trim());
  const unknown = asked.filter((p) => !isPart(p));
  if (unknown.length > 0)
    throw new Error(
      `--only takes one or more of ${PART_NAMES.join(', ')} (comma-separated), not "${options.only}"`,
    );
  return new Set(PART_NAMES.filter((p) => asked.includes(p)));
}
