/**
 * Resolves once the browser has painted the next frame: for work that must
 * not delay the frame a keypress is waiting for. Saving a new annotation is
 * one (sent from the keypress, the main process's JSON, SQLite and fsync
 * competed for the CPU with drawing that frame: on two cores one keypress in
 * five took 20 to 40 ms instead of 8); scrolling the annotation panel to it is
 * another (a scroll costs the frame a layout, and a second frame for its event).
 */
export const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    // A hidden window paints no frames; what waits must not wait for it to be shown again.
    setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/**
 * The same for work that must come after the frame drawn by the current
 * task even when that frame is long: a long article's first frame takes
 * longer than afterNextPaint's timeout, which would let the work in ahead of
 * it. A hidden window paints nothing to wait for.
 */
export const afterThisFrame = () =>
  document.visibilityState === 'hidden'
    ? Promise.resolve()
    : new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
