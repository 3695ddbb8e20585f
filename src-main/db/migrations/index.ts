import { initial } from './001-initial.ts';
import { leanWrites } from './002-lean-writes.ts';
import { statusHistory } from './003-status-history.ts';
import { readingPlace } from './004-reading-place.ts';
import { eventFrames } from './005-event-frames.ts';
import { teamLayers } from './006-team-layers.ts';
import { curation } from './007-curation.ts';
import { notesFlags } from './010-notes-flags.ts';
import type { Migration } from './types.ts';

export const migrations: readonly Migration[] = [
  initial,
  leanWrites,
  statusHistory,
  readingPlace,
  eventFrames,
  teamLayers,
  curation,
  // Stand-ins for 008 and 009, which other session-14 branches write: the merge puts them here.
  { version: 8, name: 'reserved for 008', up: '' },
  { version: 9, name: 'reserved for 009', up: '' },
  notesFlags,
];

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
