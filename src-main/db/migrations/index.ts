import { initial } from './001-initial.ts';
import { leanWrites } from './002-lean-writes.ts';
import { statusHistory } from './003-status-history.ts';
import { readingPlace } from './004-reading-place.ts';
import { eventFrames } from './005-event-frames.ts';
import { teamLayers } from './006-team-layers.ts';
import { curation } from './007-curation.ts';
import { search } from './009-search.ts';
import type { Migration } from './types.ts';

/**
 * Number 8 belongs to another branch of session 14 (assigned there); this
 * stand-in keeps the versions in order until that migration is merged, when
 * it replaces this entry.
 */
const reserved8: Migration = { version: 8, name: 'reserved', up: '' };

export const migrations: readonly Migration[] = [
  initial,
  leanWrites,
  statusHistory,
  readingPlace,
  eventFrames,
  teamLayers,
  curation,
  reserved8,
  search,
];

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
