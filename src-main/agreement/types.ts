/**
 * What the agreement measures read: plain data, no database. A layer is one
 * annotator's spans and relations on one document; offsets are UTF-16 units
 * into the document's text, as stored.
 */
export interface AgreementSpan {
  /** The annotation's id: relations point at it. */
  id: number;
  label: string;
  start: number;
  end: number;
  /** The pieces of a discontinuous span, or null for one piece [start, end). */
  fragments: readonly (readonly [number, number])[] | null;
  attributes: Readonly<Record<string, unknown>>;
}

export interface AgreementRelation {
  role: string;
  headId: number;
  childId: number;
}

export interface LayerOnDocument {
  spans: readonly AgreementSpan[];
  relations: readonly AgreementRelation[];
}

/** One document and the layers that count as having annotated it. */
export interface AgreementDocument {
  id: number;
  /** The text, needed for the character measures (white space, code points). */
  text: string;
  layers: ReadonlyMap<string, LayerOnDocument>;
}

/** The pieces a span covers, in order: its fragments, or [start, end). */
export const piecesOf = (span: AgreementSpan): readonly (readonly [number, number])[] =>
  span.fragments ?? [[span.start, span.end]];

/** Two spans are the same span when label, start, end and all fragments are equal. */
export const spanKey = (span: AgreementSpan): string =>
  `${span.label}\u0000${span.start}\u0000${span.end}\u0000${span.fragments ? span.fragments.map(([s, e]) => `${s}-${e}`).join(',') : ''}`;

/**
 * The order of spans of one label: by start, end, then fragments (none
 * first, then piece by piece). 0 exactly when the two are the same span
 * (given the same label), so sorted lists match exactly by a merge.
 */
export function compareSpans(x: AgreementSpan, y: AgreementSpan): number {
  const d = x.start - y.start || x.end - y.end;
  if (d !== 0 || x.fragments === y.fragments) return d;
  if (x.fragments === null) return -1;
  if (y.fragments === null) return 1;
  const n = Math.min(x.fragments.length, y.fragments.length);
  for (let i = 0; i < n; i++) {
    const [xs, xe] = x.fragments[i] as readonly [number, number];
    const [ys, ye] = y.fragments[i] as readonly [number, number];
    const f = xs - ys || xe - ye;
    if (f !== 0) return f;
  }
  return x.fragments.length - y.fragments.length;
}
