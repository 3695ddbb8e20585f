import { initial } from './001-initial.ts';
import { leanWrites } from './002-lean-writes.ts';
import type { Migration } from './types.ts';

export const migrations: readonly Migration[] = [initial, leanWrites];

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
