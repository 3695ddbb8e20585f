/**
 * The team's scheme: one versioned row on the server. A newer version is
 * merged in here (by name: scheme import's rules); a change made here since
 * the last sync goes up as the next version, if this login may change the
 * team's scheme (its owner and adjudicators). The version is the guard: a
 * push over a version someone else has replaced meanwhile is refused, and
 * the next sync merges theirs first.
 */
import type { Db } from '../db/connection.ts';
import { exportSchemeText } from '../scheme/export.ts';
import { importScheme } from '../scheme/import.ts';
import { errorMessage } from '../text/error-message.ts';
import type { Server } from './connect.ts';
import { SCHEMA } from './server-schema.ts';
import { readState, writeState } from './state.ts';

export interface SchemeOutcome {
  version: number;
  pulled: boolean;
  pushed: boolean;
  /** Changed here, but this login may not change the team's scheme. */
  keptHere: boolean;
}

export async function syncScheme(
  db: Db,
  server: Server,
  name: string,
  mayWrite: boolean,
  problems: string[],
): Promise<SchemeOutcome> {
  const state = readState(db, name);
  const { rows } = await server.query<{ version: number; scheme: string }>(
    `SELECT version, scheme FROM ${SCHEMA}.scheme WHERE id = 1`,
  );
  const row = rows[0];
  // Before a first sync nothing here counts as a change; a team without a scheme yet gets this one from whoever may give it.
  const changedHere =
    state.schemeJson === null ? row === undefined && mayWrite : exportSchemeText(db) !== state.schemeJson;
  const outcome: SchemeOutcome = {
    version: state.schemeVersion,
    pulled: false,
    pushed: false,
    keptHere: false,
  };
  if (row && row.version > state.schemeVersion) {
    try {
      importScheme(db, row.scheme);
      outcome.pulled = true;
    } catch (e) {
      problems.push(`the team's scheme version ${row.version} could not be merged here: ${errorMessage(e)}`);
    }
    outcome.version = row.version;
  }
  if (changedHere && mayWrite) {
    const text = exportSchemeText(db);
    const result = row
      ? await server.query<{ version: number }>(
          `UPDATE ${SCHEMA}.scheme SET version = version + 1, scheme = $1, updated_by = current_user, updated_at = now()
           WHERE id = 1 AND version = $2 RETURNING version`,
          [text, row.version],
        )
      : await server.query<{ version: number }>(
          `INSERT INTO ${SCHEMA}.scheme (id, version, scheme) VALUES (1, 1, $1) ON CONFLICT (id) DO NOTHING RETURNING version`,
          [text],
        );
    const pushed = result.rows[0];
    if (pushed) {
      outcome.version = pushed.version;
      outcome.pushed = true;
    } else problems.push("the team's scheme changed meanwhile: sync again to merge it before yours goes up");
  } else if (changedHere) outcome.keptHere = true;
  writeState(db, name, {
    schemeVersion: outcome.version,
    schemeJson: outcome.keptHere ? state.schemeJson : exportSchemeText(db),
  });
  return outcome;
}
