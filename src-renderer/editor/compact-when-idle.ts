import type { LexicalEditor } from 'lexical';

/**
 * Lexical (0.52) keeps a large document's node map and its key → DOM map as
 * copy-on-write maps: writes since the last "compaction" sit in a young map
 * (`_nursery`) that every update copies before its first write, and once it
 * holds half the entries the update folds everything into a new map. In a
 * million-character article (~16,000 nodes) that fold landed on a label
 * keypress now and then and took 4 ms of it; the copies grew with every
 * paragraph detailed since. Folding while the browser is idle leaves each
 * keypress an empty young map to copy.
 *
 * Lexical does not export the class, so it is recognised by shape; a Lexical
 * without it (or with it renamed) leaves this a no-op, never an error.
 */
// The browser's idle callbacks, declared here because the unit test also type-checks this module with Node's libraries.
declare function requestIdleCallback(run: () => void, options?: { timeout: number }): number;
declare function cancelIdleCallback(id: number): void;

interface Generational {
  compact(force?: boolean): unknown;
  _nursery?: Map<unknown, unknown> | undefined;
}

function generational(map: object): map is Generational {
  return 'compact' in map && typeof map.compact === 'function' && '_nursery' in map;
}

/** Young entries worth folding: below this a keypress's copy costs next to nothing. */
const FOLD_FROM = 256;

function fold(map: object): void {
  if (generational(map) && (map._nursery?.size ?? 0) >= FOLD_FROM) map.compact(true);
}

/** Folds `editor`'s maps when the browser is idle after an update. Returns the unregister function. */
export function compactWhenIdle(editor: LexicalEditor): () => void {
  let pending: number | null = null;
  const run = () => {
    pending = null;
    // Never under an update in progress: the pending state would still share the young map.
    if (editor._pendingEditorState !== null) return;
    fold(editor.getEditorState()._nodeMap);
    fold(editor._keyToDOMMap);
  };
  const unregister = editor.registerUpdateListener(() => {
    // A second after the update at the latest, so that a busy page still folds before the next fold would land on a keypress.
    pending ??= requestIdleCallback(run, { timeout: 1000 });
  });
  return () => {
    unregister();
    if (pending !== null) cancelIdleCallback(pending);
  };
}
