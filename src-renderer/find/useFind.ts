import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { CorpusHit } from '../../src-main/db/corpus-search.ts';
import { selectedRange } from '../editor/dom-offsets.ts';
import { i18n } from '../i18n/i18n.ts';
import { revealTextRange } from './reveal-range.ts';
import { useFindInDocument, type FindInDocument } from './useFindInDocument.ts';
import { useFindKeys, type FindCommand } from './useFindKeys.ts';

/** A selection longer than this is not taken as the text to find. */
const MAX_SELECTED = 200;

interface Options {
  root: HTMLElement | null;
  scroller: HTMLElement | null;
  doc: { id: number; text: string } | null;
  open: (id: number) => Promise<void>;
  /** Whether a dialog or question is on screen: the find keys wait. */
  blocked: boolean;
  openSearch: () => void;
  hint: (message: string) => void;
}

export interface Find {
  inDocument: FindInDocument;
  /** Changes at each Ctrl + F, so that the bar takes focus again. */
  barFocus: number;
  /** What the corpus search starts with. */
  searchText: string;
  openHit: (hit: CorpusHit) => void;
  command: (command: FindCommand) => void;
}

/** The article's selected text, if it is short enough to look for. */
function selectedText(root: HTMLElement | null, doc: Options['doc']): string | null {
  const range = root && doc ? selectedRange(root) : null;
  if (!doc || !range || range.collapsed || range.end - range.start > MAX_SELECTED) return null;
  return doc.text.slice(range.start, range.end);
}

/** The find keys and what they open: the find bar, the corpus search, the document filter. */
export function useFind(options: Options): Find {
  const inDocument = useFindInDocument(options.root, options.scroller, options.doc?.text ?? null);
  const [barFocus, setBarFocus] = useState(0);
  const [searchText, setSearchText] = useState('');
  const latest = useRef({ options, inDocument });
  // Updated before paint, as useLatest does: a key acts on what is on screen.
  useLayoutEffect(() => {
    latest.current = { options, inDocument };
  });

  const command = useCallback((c: FindCommand) => {
    const { options: o, inDocument: find } = latest.current;
    if (c === 'find') {
      if (!o.doc) {
        o.hint(i18n.t('find:openFirst'));
        return;
      }
      find.show(selectedText(o.root, o.doc));
      setBarFocus((n) => n + 1);
    } else if (c === 'find-corpus') {
      // The selection, else what the find bar looked for.
      setSearchText(selectedText(o.root, o.doc) ?? find.query);
      o.openSearch();
    } else {
      const filter = document.querySelector<HTMLInputElement>('.doc-filters input');
      filter?.focus();
      filter?.select();
    }
  }, []);
  useFindKeys(options.blocked, command);

  const openHit = useCallback((hit: CorpusHit) => {
    void latest.current.options.open(hit.documentId).then(() =>
      revealTextRange(
        () => latest.current.options.doc?.id === hit.documentId,
        () => latest.current.options.root,
        () => latest.current.options.scroller,
        hit.start,
        hit.end,
      ),
    );
  }, []);

  return { inDocument, barFocus, searchText, openHit, command };
}
