import type { CorpusStats, Label, Role } from '../../src-main/db/model.ts';
import type { RoleChoice } from '../frame/useLinkDrag.ts';
import { AgreementScreen } from '../agreement/AgreementScreen.tsx';
import { SchemeDialog } from '../scheme/SchemeDialog.tsx';
import { AcceptAllDialog } from '../suggest/AcceptAllDialog.tsx';
import type { CorpusTransfer } from '../state/useCorpusTransfer.ts';
import type { DoneQuestion } from '../state/useDoneCheck.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { NameDialog } from './NameDialog.tsx';
import type { AnnotatorName } from '../state/useAnnotator.ts';
import { DoneConfirm } from './DoneConfirm.tsx';
import { RoleChooser } from './RoleChooser.tsx';
import { ShortcutOverlay } from './ShortcutOverlay.tsx';
import { CorpusSearch } from '../find/CorpusSearch.tsx';
import { TeamDialog } from '../team/TeamDialog.tsx';
import type { CorpusHit } from '../../src-main/db/corpus-search.ts';
import { ExportDialog, ImportDialog, ProgressOverlay, ResultDialog } from './TransferDialogs.tsx';

/** The dialog the toolbar, the menu or a key opened; one at a time. */
export type Dialog =
  | 'import'
  | 'export'
  | 'scheme'
  | 'agreement'
  | 'shortcuts'
  | 'about'
  | 'annotator'
  | 'accept-all'
  | 'corpus-search'
  | 'team'
  | null;

interface Props {
  dialog: Dialog;
  onClose: () => void;
  /** The scheme editor stored a change: labels, roles or attributes. */
  onSchemeChanged: () => void;
  /** The scheme editor cleared an attribute's values, so annotations of the open document changed. */
  onValuesCleared: () => void;
  roleChoice: RoleChoice | null;
  onLinkAs: (role: Role) => void;
  stats: CorpusStats | null;
  transfer: CorpusTransfer;
  doneQuestion: DoneQuestion | null;
  onDoneAnswer: (confirmed: boolean) => void;
  /** The Agreement screen's drill-down opens a document. */
  onOpenDocument: (id: number) => void;
  annotator: AnnotatorName;
  /** What "accept all suggestions of a label" offers: open suggestions per label id. */
  acceptAll: {
    counts: ReadonlyMap<number, number>;
    labels: readonly Label[];
    onChoose: (labelId: number) => void;
  };
  /** The corpus search: the labels to filter by, the text it starts with, what a hit opens. */
  search: {
    labels: readonly Label[];
    initial: string;
    onOpenHit: (hit: CorpusHit) => void;
    onAnnotated: (message: string) => void;
  };
  /** Team settings were saved: the sync status is read again and a sync runs. */
  onTeamSaved: () => void;
}

/** Everything that sits over the window: dialogs, the role chooser, questions and transfer reports. */
export function Dialogs({
  dialog,
  onClose,
  onSchemeChanged,
  onValuesCleared,
  roleChoice,
  onLinkAs,
  stats,
  transfer,
  doneQuestion,
  onDoneAnswer,
  onOpenDocument,
  annotator,
  acceptAll,
  search,
  onTeamSaved,
}: Props) {
  return (
    <>
      {dialog === 'scheme' && (
        <SchemeDialog onChanged={onSchemeChanged} onValuesCleared={onValuesCleared} onClose={onClose} />
      )}
      {dialog === 'agreement' && <AgreementScreen onClose={onClose} onOpenDocument={onOpenDocument} />}
      {roleChoice && <RoleChooser choice={roleChoice} onChoose={onLinkAs} />}
      {dialog === 'shortcuts' && <ShortcutOverlay onClose={onClose} />}
      {dialog === 'about' && <AboutDialog onClose={onClose} />}
      {dialog === 'corpus-search' && <CorpusSearch {...search} onClose={onClose} />}
      {dialog === 'annotator' && <NameDialog annotator={annotator} onClose={onClose} />}
      {dialog === 'team' && <TeamDialog onClose={onClose} onSaved={onTeamSaved} />}
      {dialog === 'accept-all' && (
        <AcceptAllDialog
          counts={acceptAll.counts}
          labels={acceptAll.labels}
          onClose={onClose}
          onChoose={(labelId) => {
            onClose();
            acceptAll.onChoose(labelId);
          }}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog
          onClose={onClose}
          onImport={(from, options) => {
            onClose();
            void transfer.runImport(from, options);
          }}
        />
      )}
      {dialog === 'export' && (
        <ExportDialog
          stats={stats}
          onClose={onClose}
          onExport={(choice) => {
            onClose();
            void transfer.runExport(choice);
          }}
        />
      )}
      {doneQuestion && <DoneConfirm warnings={doneQuestion.warnings} onAnswer={onDoneAnswer} />}
      {transfer.running && <ProgressOverlay kind={transfer.running} progress={transfer.progress} />}
      {transfer.result && <ResultDialog result={transfer.result} onClose={transfer.clearResult} />}
    </>
  );
}
