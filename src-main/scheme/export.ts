/** `scheme export`: the database's scheme as the scheme file's text. */
import type { Db } from '../db/connection.ts';
import { schemeFileText } from './file.ts';
import { readStoredScheme } from './from-db.ts';

export const exportSchemeText = (db: Db): string => schemeFileText(readStoredScheme(db).scheme);
