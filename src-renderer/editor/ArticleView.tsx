import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { AnnotationView, Label } from '../../src-main/db/model.ts';
import type { SuggestionView } from '../suggest/suggestion.ts';
import { ChunkNode } from './ChunkNode.ts';
import { PlainChunkNode } from './PlainChunkNode.ts';
import { SegmentNode } from './SegmentNode.ts';
import { SyncPlugin } from './SyncPlugin.tsx';
import { labelTones } from './highlight.ts';
import { ARTICLE_LANG } from './language.ts';
import { LABELS_HERE_ID } from '../panels/StatusLine.tsx';
import './article.css';

export interface ArticleViewProps {
  text: string;
  annotations: readonly AnnotationView[];
  labels: readonly Label[];
  selectedId: number | null;
  suggestions: readonly SuggestionView[];
  selectedSuggestionId: number | null;
  onRoot: (root: HTMLElement | null) => void;
}

function RootPlugin({ onRoot }: Pick<ArticleViewProps, 'onRoot'>) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerRootListener((root) => onRoot(root)), [editor, onRoot]);
  return null;
}

/**
 * The article, rendered by Lexical read-only: the stored text character for
 * character, `\n\n` as paragraphs and `\n` as line breaks, with highlights.
 */
export function ArticleView(props: ArticleViewProps) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'annotator-article',
      editable: false,
      nodes: [ChunkNode, PlainChunkNode, SegmentNode],
      theme: { paragraph: 'article-paragraph' },
      onError: (error: Error) => {
        throw error;
      },
    }),
    [],
  );
  const { t } = useTranslation('editor');
  const tones = useMemo(() => labelTones(props.labels), [props.labels]);
  // A new function when the language changes: the highlights' tooltips are drawn again in it.
  const suggestedHint = useMemo(
    () => (label: string, rule: string) => t('suggestedHint', { label, rule }),
    [t],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <style>{tones}</style>
      <ContentEditable
        tabIndex={0}
        className="article-text"
        aria-label={t('articleText')}
        aria-describedby={LABELS_HERE_ID}
        lang={ARTICLE_LANG}
        aria-readonly="true"
        spellCheck={false}
      />
      <SyncPlugin
        text={props.text}
        annotations={props.annotations}
        labels={props.labels}
        selectedId={props.selectedId}
        suggestions={props.suggestions}
        selectedSuggestionId={props.selectedSuggestionId}
        suggestedHint={suggestedHint}
      />
      <RootPlugin onRoot={props.onRoot} />
    </LexicalComposer>
  );
}
