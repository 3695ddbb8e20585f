import type { Db } from '../../src-main/db/connection.ts';
import { indexSlice } from '../../src-main/db/text-index.ts';

/** Fills the texts' index as the app's database thread does, slice by slice; returns how many slices it took. */
export function indexAllTexts(db: Db, budgetMs = 5): number {
  let slices = 0;
  while (indexSlice(db, budgetMs) > 0) slices++;
  return slices;
}
