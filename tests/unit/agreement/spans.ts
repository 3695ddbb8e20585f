import type { AgreementDocument, AgreementSpan, LayerOnDocument } from '../../../src-main/agreement/types.ts';

let nextId = 1;

/** A span for the measures' tests: label, start, end; fragments and attributes when given. */
export function span(
  label: string,
  start: number,
  end: number,
  more: Partial<Pick<AgreementSpan, 'fragments' | 'attributes' | 'id'>> = {},
): AgreementSpan {
  return {
    id: more.id ?? nextId++,
    label,
    start,
    end,
    fragments: more.fragments ?? null,
    attributes: more.attributes ?? {},
  };
}

export const layer = (
  spans: AgreementSpan[],
  relations: LayerOnDocument['relations'] = [],
): LayerOnDocument => ({
  spans,
  relations,
});

export const doc = (
  id: number,
  text: string,
  layers: Record<string, LayerOnDocument>,
): AgreementDocument => ({
  id,
  text,
  layers: new Map(Object.entries(layers)),
});
