import { initial } from './001-initial.ts';
import type { Migration } from './types.ts';

export const migrations: readonly Migration[] = [initial];

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
