/**
 * How long a jumped-to target is followed while the chunks around it settle:
 * detailing them waits for an observer and a redraw, later on a busy machine.
 */
const FOLLOW_MS = 800;

/** The follow under way, if any: a new jump ends it. */
let following: AbortController | null = null;

/**
 * After a jump to something in the article, calls `bringBack` every frame
 * for a while, to find the target again and bring it back into view: chunks
 * the jump lays out for the first time may be taller or shorter than their
 * estimate (article.css), and paragraphs are detailed only once shown
 * (useDetailing.ts), which replaces their runs and may wrap lines above the
 * target. Stops when the user scrolls, clicks or presses a key, at the next
 * jump, or when the returned function is called.
 */
export function followJump(bringBack: () => void): () => void {
  following?.abort();
  const moved = new AbortController();
  following = moved;
  const stop = () => moved.abort();
  const until = performance.now() + FOLLOW_MS;
  for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart'])
    window.addEventListener(type, stop, { capture: true, passive: true, signal: moved.signal });
  const follow = () => {
    if (moved.signal.aborted) return;
    if (performance.now() > until) {
      stop();
      return;
    }
    bringBack();
    requestAnimationFrame(follow);
  };
  requestAnimationFrame(follow);
  return stop;
}
