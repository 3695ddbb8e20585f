import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord, DocumentStatus } from '../../src-main/db/model.ts';
import { ARTICLE_LANG } from '../editor/language.ts';
import { StatusButtons } from './StatusControls.tsx';
import { DocumentMarks, type MarkChange } from './DocumentMarks.tsx';

/**
 * Above the open article: its readable title, where it comes from and when,
 * its id (small: the hash-like name is for finding it, not for reading), its
 * status buttons, and the document's own flag and note.
 */
export const DocumentHead = memo(function DocumentHead({
  doc,
  onStatus,
  onMark,
  onLeave,
}: {
  doc: DocumentRecord;
  onStatus: (status: DocumentStatus) => void;
  onMark: (change: MarkChange) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation('panels');
  return (
    <div className="article-head">
      <div className="article-identity">
        <h2 className="article-title" lang={ARTICLE_LANG} title={doc.headline}>
          {doc.headline}
        </h2>
        <div className="article-source muted">
          {doc.source && <span title={t('head.source')}>{doc.source}</span>}
          {doc.published && <span title={t('head.date')}>{doc.published}</span>}
          <span className="article-id" title={t('head.id', { sha: doc.textSha256 })}>
            {doc.externalId}
          </span>
        </div>
      </div>
      <StatusButtons label={t('head.status')} current={doc.status} onStatus={onStatus} />
      <DocumentMarks key={doc.id} doc={doc} onMark={onMark} onLeave={onLeave} />
    </div>
  );
});
