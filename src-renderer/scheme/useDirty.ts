import { useLayoutEffect } from 'react';

/** Tells the editor a form holds changes not saved yet, under `what` ("the label ACTOR"); cleared when it goes. */
export type ReportDirty = (what: string, dirty: boolean) => void;

/** Reported as the change is drawn, not after paint: an Escape pressed right after typing must see it. */
export function useDirty(report: ReportDirty, what: string, dirty: boolean): void {
  useLayoutEffect(() => {
    report(what, dirty);
    return () => report(what, false);
  }, [report, what, dirty]);
}
