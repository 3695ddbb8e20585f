/**
 * Setting a team server up: `server init` (schema, roles, policies) and
 * `server add-annotator` (a login role mapped to its layer).
 */
import { annotatorNameProblem } from '../db/annotator-name.ts';
import { inTransaction, ServerError, type Server } from './connect.ts';
import { INIT_SQL, SCHEMA, TEAM_ROLE } from './server-schema.ts';

export async function initServer(server: Server): Promise<void> {
  await inTransaction(server, async () => {
    await server.query(INIT_SQL);
  });
}

export interface NewAnnotator {
  name: string;
  password: string;
  adjudicator: boolean;
}

/**
 * Creates the login role NAME (or sets its password if it exists), makes it
 * a member of the team and maps it to the layer NAME. The password goes to
 * the server, which keeps only its SCRAM hash.
 */
export async function addAnnotator(server: Server, who: NewAnnotator): Promise<'created' | 'updated'> {
  const problem = annotatorNameProblem(who.name);
  if (problem !== null) throw new ServerError(`annotator name: ${problem}`);
  if (who.password.length < 8) throw new ServerError('the password must have at least 8 characters');
  const role = server.escapeIdentifier(who.name);
  const password = server.escapeLiteral(who.password);
  return inTransaction(server, async () => {
    const exists = await server.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [who.name]);
    const created = exists.rowCount === 0;
    await server.query(`${created ? 'CREATE' : 'ALTER'} ROLE ${role} LOGIN PASSWORD ${password}`);
    await server.query(`GRANT ${TEAM_ROLE} TO ${role}`);
    await server.query(
      `INSERT INTO ${SCHEMA}.annotators (role_name, layer, adjudicator) VALUES ($1, $2, $3)
       ON CONFLICT (role_name) DO UPDATE SET layer = excluded.layer, adjudicator = excluded.adjudicator`,
      [who.name, who.name, who.adjudicator],
    );
    return created ? 'created' : 'updated';
  });
}
