/**
 * One sync with the team server: the scheme, then push (documents, then
 * this database's changes of the layers the login may write), then pull
 * (every layer). Safe to cut off anywhere and to run again.
 */
import type { Db } from '../db/connection.ts';
import { errorMessage } from '../text/error-message.ts';
import { ServerError, serverName, type Server } from './connect.ts';
import type { Writable } from './outgoing.ts';
import { pullChanges, pullDocuments, retryUnapplied } from './pull.ts';
import { pushChanges, pushDocuments } from './push.ts';
import { syncScheme, type SchemeOutcome } from './scheme-sync.ts';
import { SCHEMA } from './server-schema.ts';
import { writeState } from './state.ts';

export interface SyncReport {
  server: string;
  owner: boolean;
  layers: string[];
  scheme: SchemeOutcome;
  documentsPushed: number;
  pushed: number;
  notYours: number;
  /** Changes of spans and relations of no layer: they stay here (no login owns them on the server). */
  unattributed: number;
  /** Status changes of no layer (no annotator name set here): this database's own, they stay here. */
  unattributedStatus: number;
  documentsPulled: number;
  /** Changes pulled and applied, those applied on retry included. */
  pulled: number;
  /** Changes earlier syncs could not apply that went in now. */
  retried: number;
  /** Changes that could not be applied here, in words; kept and tried again on the next sync. */
  problems: string[];
}

/** Who the login is on the server: the owner (any layer), or the layers it is mapped to. */
async function whoAmI(server: Server, name: string): Promise<{ owner: boolean; layers: string[] }> {
  const { rows } = await server.query<{ owner: boolean; layers: string[] | null }>(
    `SELECT r.rolsuper OR pg_has_role(current_user, t.tableowner, 'MEMBER') AS owner,
            ARRAY(SELECT ${SCHEMA}.writable_layers(current_user)) AS layers
     FROM pg_roles r JOIN pg_tables t ON t.schemaname = '${SCHEMA}' AND t.tablename = 'changes'
     WHERE r.rolname = current_user`,
  );
  const row = rows[0];
  if (!row)
    throw new ServerError(`${name} has no annotator schema: its owner runs annotator server init first`);
  if (!row.owner && (row.layers ?? []).length === 0)
    throw new ServerError(`${name}: this login is no annotator of the team (annotator server add-annotator)`);
  return { owner: row.owner, layers: row.layers ?? [] };
}

export async function sync(db: Db, server: Server, url: string): Promise<SyncReport> {
  const name = serverName(url);
  try {
    const me = await whoAmI(server, name);
    const writable: Writable = me.owner ? 'all' : new Set(me.layers);
    const problems: string[] = [];
    const mayWriteScheme = me.owner || me.layers.includes('gold');
    const scheme = await syncScheme(db, server, name, mayWriteScheme, problems);
    const documentsPushed = await pushDocuments(db, server, name);
    const pushed = await pushChanges(db, server, name, writable);
    const documentsPulled = await pullDocuments(db, server, name, problems);
    // Before pulling on: a later change of the same target must land after them.
    const retried = retryUnapplied(db, name, problems);
    const pulled = await pullChanges(db, server, name, problems);
    writeState(db, name, { lastSync: new Date().toISOString() });
    return {
      server: name,
      owner: me.owner,
      layers: me.layers,
      scheme,
      documentsPushed,
      pushed: pushed.pushed,
      notYours: pushed.notYours,
      unattributed: pushed.unattributed,
      unattributedStatus: pushed.unattributedStatus,
      documentsPulled,
      pulled: pulled.applied + retried,
      retried,
      problems,
    };
  } catch (e) {
    if (e instanceof ServerError) throw e;
    throw new ServerError(
      `sync with ${name} stopped: ${errorMessage(e)}; what was synced is kept, sync again to go on`,
      { cause: e },
    );
  }
}
