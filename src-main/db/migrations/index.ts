import { initial } from './001-initial.ts';
import { leanWrites } from './002-lean-writes.ts';
import { statusHistory } from './003-status-history.ts';
import { readingPlace } from './004-reading-place.ts';
import { eventFrames } from './005-event-frames.ts';
import { teamLayers } from './006-team-layers.ts';
import { curation } from './007-curation.ts';
import { sync } from './008-sync.ts';
import { search } from './009-search.ts';
import { notesFlags } from './010-notes-flags.ts';
import { syncRetry } from './011-sync-retry.ts';
import { corpusCounts } from './012-corpus-counts.ts';
import { spanEndIndex } from './013-span-end-index.ts';
import { suggestionsLean } from './014-suggestions-lean.ts';
import { deletedSpanIndex } from './015-deleted-span-index.ts';
import type { Migration } from './types.ts';

export const migrations: readonly Migration[] = [
  initial,
  leanWrites,
  statusHistory,
  readingPlace,
  eventFrames,
  teamLayers,
  curation,
  sync,
  search,
  notesFlags,
  syncRetry,
  corpusCounts,
  spanEndIndex,
  suggestionsLean,
  deletedSpanIndex,
];

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
