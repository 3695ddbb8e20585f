import type { Annotation, Label } from '../../src-main/db/model.ts';

interface Props {
  text: string;
  annotations: readonly Annotation[];
  labels: ReadonlyMap<number, Label>;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** The document's spans in text order; a row selects and scrolls to its span. */
export function AnnotationPanel({ text, annotations, labels, selectedId, onSelect }: Props) {
  return (
    <aside className="annotation-panel" aria-label="Annotations">
      <h2>Annotations ({annotations.length})</h2>
      {annotations.length === 0 && <p className="muted">Select text and press a label key to annotate.</p>}
      <ol>
        {annotations.map((a) => {
          const label = labels.get(a.labelId);
          return (
            <li key={a.id}>
              <button
                type="button"
                className={`annotation-row${a.id === selectedId ? ' selected' : ''}`}
                aria-current={a.id === selectedId}
                data-annotation-id={a.id}
                onClick={() => onSelect(a.id)}
              >
                <span className="tag" style={{ ['--label' as string]: label?.color ?? '#888' }}>
                  {label?.name ?? '?'}
                </span>
                <span className="covered">{text.slice(a.start, a.end)}</span>
                {a.annotator && <span className="annotator">{a.annotator}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
