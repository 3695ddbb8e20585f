import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYS } from '../../src-main/ipc/keys.ts';
import { i18n } from '../i18n/i18n.ts';
import { keyIndex } from '../keys/match.ts';
import { keyText } from '../panels/key-text.ts';
import type { FindInDocument } from './useFindInDocument.ts';
import './find.css';

/** "3 of 12", or why there is nothing to count. */
export function countText(find: Pick<FindInDocument, 'query' | 'starts' | 'current'>): string {
  if (find.query === '') return '';
  if (find.starts.length === 0) return i18n.t('find:bar.noMatches');
  return i18n.t('find:bar.position', { current: find.current + 1, total: find.starts.length });
}

/**
 * The find bar over the article (Ctrl + F). Enter / Shift + Enter: next /
 * previous match; Escape closes it, selects the match and returns to the text.
 * `focusKey` changes each time Ctrl + F is pressed, to focus it again.
 */
export function FindBar({ find, focusKey }: { find: FindInDocument; focusKey: number }) {
  const { t } = useTranslation('find');
  const input = useRef<HTMLInputElement>(null);
  // In the commit that draws the bar: what is typed right after Ctrl + F belongs in it.
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusKey]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    // The key table's order: next, previous, close.
    const key = keyIndex(e.nativeEvent, 'find-step');
    if (key === 0 || key === 1) {
      e.preventDefault();
      find.move(key === 1 ? -1 : 1);
    } else if (key === 2) {
      // The bar's own: Escape elsewhere closes dialogs and clears the selection.
      e.preventDefault();
      e.stopPropagation();
      find.close();
    }
  };
  return (
    <div className="find-bar" role="search" aria-label={t('bar.label')} onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        aria-label={t('bar.label')}
        placeholder={t('bar.placeholder', { key: keyText(KEYS.find.keys[0] ?? '') })}
        value={find.query}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => find.setQuery(e.target.value)}
      />
      <output className="find-count" aria-live="polite">
        {countText(find)}
      </output>
      <button
        type="button"
        aria-label={t('bar.previous')}
        title={t('bar.previousTitle')}
        disabled={find.starts.length === 0}
        onClick={() => find.move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('bar.next')}
        title={t('bar.nextTitle')}
        disabled={find.starts.length === 0}
        onClick={() => find.move(1)}
      >
        ↓
      </button>
      <button type="button" aria-label={t('bar.close')} title={t('bar.closeTitle')} onClick={find.close}>
        ×
      </button>
    </div>
  );
}
