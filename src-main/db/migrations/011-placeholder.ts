import type { Migration } from './types.ts';

/**
 * Holds the place of migration 011, which another branch adds, so that this
 * branch's migration 012 runs in order. Dropped when the branches are merged.
 */
export const placeholder11: Migration = {
  version: 11,
  name: 'placeholder for migration 011',
  up: '',
};
