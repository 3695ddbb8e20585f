import { useTranslation } from 'react-i18next';
import type { CorpusHit } from '../../src-main/db/corpus-search.ts';
import type { Label } from '../../src-main/db/model.ts';

/** Line breaks and runs of white space as one space: a concordance line is one line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

interface Props {
  hit: CorpusHit;
  labels: ReadonlyMap<number, Label>;
  active: boolean;
  onOpen: () => void;
  onPoint: () => void;
}

/**
 * One hit as a concordance line: left context, the match, right context,
 * the document, and the labels already on the match (a dashed tag: an
 * annotation covering more than the match).
 */
export function ConcordanceRow({ hit, labels, active, onOpen, onPoint }: Props) {
  const { t } = useTranslation('find');
  const tags = hit.labels.map((l) => ({ ...l, label: labels.get(l.labelId) }));
  const spoken = tags.length
    ? tags
        .map((tag) =>
          tag.exact ? (tag.label?.name ?? '?') : t('hit.wider', { label: tag.label?.name ?? '?' }),
        )
        .join(', ')
    : t('hit.notAnnotated');
  return (
    <div
      role="option"
      id={`hit-${hit.documentId}-${hit.start}`}
      aria-selected={active}
      aria-label={`${hit.externalId}: …${oneLine(hit.before)}${hit.match}${oneLine(hit.after)}… — ${spoken}`}
      className={`hit${active ? ' active' : ''}`}
      onClick={onPoint}
      onDoubleClick={onOpen}
    >
      <span className="hit-before">
        <bdi>{oneLine(hit.before)}</bdi>
      </span>
      <mark className="hit-match">{hit.match}</mark>
      <span className="hit-after">{oneLine(hit.after)}</span>
      <span className="hit-doc" title={hit.title}>
        {hit.externalId}
      </span>
      <span className="hit-labels">
        {tags.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          tags.map((tag) => (
            <span
              key={tag.labelId}
              className={`tag${tag.exact ? '' : ' outlined'}`}
              style={{ ['--label' as string]: tag.label?.color ?? '#888888' }}
              title={tag.exact ? t('hit.exactTitle') : t('hit.widerTitle')}
            >
              {tag.label?.name ?? '?'}
            </span>
          ))
        )}
      </span>
    </div>
  );
}
