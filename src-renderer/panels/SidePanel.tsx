import { useMemo, type ReactNode } from 'react';
import type { GuidelineWarning } from '../../src-main/db/guidelines.ts';
import type { AnnotationView, Label, RelationView } from '../../src-main/db/model.ts';
import type { Linking } from '../frame/useLinking.ts';
import type { Amendment } from '../state/document-session.ts';
import type { SchemeView } from '../state/useSchemeView.ts';
import { AnnotationPanel } from './AnnotationPanel.tsx';
import { ChecksPanel } from './ChecksPanel.tsx';
import { EventFrame } from './EventFrame.tsx';
import { SelectedAnnotation } from './SelectedAnnotation.tsx';

interface Props {
  text: string;
  /** The panel's copies of the session's state: they follow the article's a render later (App). */
  annotations: readonly AnnotationView[];
  selectedId: number | null;
  /**
   * The session's own, not a copy: a link made by Enter shows in the frame
   * in that key's frame, as its arc does.
   */
  relations: readonly RelationView[];
  /** The panel's copy, for the annotation list: its rows follow a render later, as `annotations` do. */
  listRelations: readonly RelationView[];
  warnings: readonly GuidelineWarning[];
  scheme: SchemeView;
  labels: ReadonlyMap<number, Label>;
  linking: Linking;
  /** The article text, where Escape in a field sends focus back. */
  root: HTMLElement | null;
  onSelect: (id: number) => void;
  onUnlink: (relationId: number) => void;
  onAmend: (id: number, changes: Amendment) => Promise<unknown>;
  /** Above the rest: the document's layers, or the curation list while curating. */
  top?: ReactNode;
  /** The open document's suggestions (suggest/SuggestionPanel.tsx). */
  suggestions: ReactNode;
}

/** The column beside the article: its guideline checks, the selected annotation's frame, the annotation list and the suggestions. */
export function SidePanel({
  text,
  annotations,
  relations,
  listRelations,
  selectedId,
  warnings,
  scheme,
  labels,
  linking,
  root,
  onSelect,
  onUnlink,
  onAmend,
  top,
  suggestions,
}: Props) {
  // The selected annotation's fields: a new element only when they change,
  // so the memoized frame is left alone otherwise.
  const details = useMemo(() => {
    const selected = annotations.find((a) => a.id === selectedId);
    return selected ? (
      <SelectedAnnotation
        annotation={selected}
        attributes={scheme.attributes}
        onChange={(changes) => void onAmend(selected.id, changes)}
        onLeave={() => root?.focus()}
      />
    ) : null;
  }, [annotations, selectedId, scheme.attributes, onAmend, root]);

  return (
    <div id="side-panel" className="side-panel">
      {top}
      <ChecksPanel warnings={warnings} selectedId={selectedId} onSelect={onSelect} />
      <EventFrame
        text={text}
        selectedId={selectedId}
        annotations={annotations}
        relations={relations}
        roles={scheme.roles}
        labels={labels}
        linking={linking.state}
        onSelect={onSelect}
        onUnlink={onUnlink}
        onChooseRole={linking.start}
        onLeave={() => root?.focus({ preventScroll: true })}
        attributes={details}
      />
      <AnnotationPanel
        text={text}
        annotations={annotations}
        relations={listRelations}
        roles={scheme.roles}
        labels={labels}
        selectedId={selectedId}
        onSelect={onSelect}
      />
      {suggestions}
    </div>
  );
}
