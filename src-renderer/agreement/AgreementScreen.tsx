import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../panels/useDialogFocus.ts';
import { AlphaTable, DocumentsTable, LabelsTable, PairsTable } from './FigureTables.tsx';
import { keyIndex, matches } from '../keys/match.ts';
import { useAgreement } from './useAgreement.ts';
import './agreement.css';

/**
 * Where the drill-down stands: all pairs (pair null), one pair's labels
 * (label undefined), or one label's documents (label null: all labels).
 */
interface Level {
  pair: number | null;
  label?: string | null;
}

interface Props {
  onClose: () => void;
  /** Opens a document in the editor (the screen closes). */
  onOpenDocument: (id: number) => void;
}

/**
 * Inter-annotator agreement: every pair's figures and alpha_u; a pair opens
 * its figures per label, a label the documents the two disagree on most, a
 * document the editor. Rows are buttons: Tab or ↑ / ↓ move, Enter opens,
 * Backspace goes back a level, Escape closes.
 */
export function AgreementScreen({ onClose, onOpenDocument }: Props) {
  const { t } = useTranslation('agreement');
  const { view, problem } = useAgreement();
  const [level, setLevel] = useState<Level>({ pair: null });
  const close = useDialogFocus<HTMLButtonElement>();
  const body = useRef<HTMLDivElement>(null);
  const drilled = useRef(false);

  // Each step down or back puts focus on the first row of what it shows.
  useEffect(() => {
    if (!drilled.current) return;
    body.current?.querySelector<HTMLButtonElement>('[data-row]')?.focus();
  }, [level]);

  const go = (next: Level) => {
    drilled.current = true;
    setLevel(next);
  };
  const back = () => {
    if (level.pair === null) return;
    go(level.label === undefined ? { pair: null } : { pair: level.pair });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const rows = [...(body.current?.querySelectorAll<HTMLButtonElement>('[data-row]') ?? [])];
    const at = rows.indexOf(document.activeElement as HTMLButtonElement);
    // The row's keys: ↑ (previous), ↓ (next); Enter is the focused row's button.
    const key = keyIndex(e.nativeEvent, 'agreement-step');
    if (key !== -1) {
      e.preventDefault();
      const step = key === 1 ? 1 : -1;
      rows[at === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, at + step))]?.focus();
    } else if (matches(e.nativeEvent, 'agreement-back')) {
      e.preventDefault();
      back();
    }
  };

  const report = view?.report;
  const pair = report && level.pair !== null ? report.pairs[level.pair] : undefined;
  const where = [
    t('pairs'),
    ...(pair ? [pair.annotators.join(' / ')] : []),
    ...(level.pair !== null && level.label !== undefined ? [level.label ?? t('allLabels')] : []),
  ];
  const list =
    pair && level.pair !== null && level.label !== undefined
      ? view?.disagreements.find(
          (d) =>
            d.annotators[0] === pair.annotators[0] &&
            d.annotators[1] === pair.annotators[1] &&
            d.label === level.label,
        )
      : undefined;

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('title')} onClick={onClose}>
      <div className="dialog agreement" onClick={(e) => e.stopPropagation()} onKeyDown={onKeyDown}>
        <h2>{t('title')}</h2>
        <p className="agreement-where" aria-label={t('where')}>
          {where.join(' › ')}
        </p>
        <div ref={body} className="agreement-body">
          {problem !== null && <p role="alert">{problem}</p>}
          {problem === null && !report && <p>{t('measuring')}</p>}
          {report && level.pair === null && (
            <>
              <PairsTable report={report} onPick={(i) => go({ pair: i })} />
              <AlphaTable report={report} />
            </>
          )}
          {pair && level.pair !== null && level.label === undefined && (
            <LabelsTable pair={pair} onPick={(label) => go({ pair: level.pair, label })} />
          )}
          {pair && level.label !== undefined && (
            <DocumentsTable
              list={list}
              onOpen={(id) => {
                onClose();
                onOpenDocument(id);
              }}
            />
          )}
        </div>
        <div className="dialog-buttons">
          {level.pair !== null && (
            <button type="button" onClick={back}>
              {t('back')}
            </button>
          )}
          <button ref={close} type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
