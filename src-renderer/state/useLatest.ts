import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref holding the value of the last render, updated before the browser
 * paints: a long-lived listener that reads it acts on what is on screen, even
 * for an event that comes the moment a render is shown.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
