/** Why a sync failed, as the window words it: from node-postgres's and Node's own errors. */
import { describe, expect, it } from 'vitest';
import { connect, ServerError } from '../../../src-main/sync/connect.ts';
import { problemOf } from '../../../src-main/sync/problems.ts';

/** A server error as node-postgres raises it: its message and SQLSTATE. */
const serverSaid = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('problemOf', () => {
  it('calls a server nothing listens on unreachable, through connect’s own wrapping', async () => {
    const failed = await connect('postgres://anna@127.0.0.1:1/team', 'secret').then(
      () => null,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(ServerError);
    expect(problemOf(failed).kind).toBe('unreachable');
  });

  it('tells a wrong password, TLS required, row-level security and a missing database apart', () => {
    const wrapped = (e: Error) => new ServerError('sync stopped', { cause: e });
    expect(
      problemOf(wrapped(serverSaid('28P01', 'password authentication failed for user "anna"'))).kind,
    ).toBe('password');
    expect(
      problemOf(
        wrapped(
          serverSaid(
            '28000',
            'no pg_hba.conf entry for host "10.0.0.2", user "anna", database "team", no encryption',
          ),
        ),
      ).kind,
    ).toBe('tls-required');
    expect(
      problemOf(
        wrapped(serverSaid('42501', 'new row violates row-level security policy for table "changes"')),
      ).kind,
    ).toBe('permission');
    expect(problemOf(wrapped(serverSaid('3D000', 'database "team" does not exist'))).kind).toBe(
      'no-database',
    );
    expect(problemOf(wrapped(new Error('The server does not support SSL connections'))).kind).toBe(
      'tls-unsupported',
    );
  });

  it("keeps the server's own words for a refusal sync.ts words itself", () => {
    const refused = new ServerError(
      'anna: this login is no annotator of the team (annotator server add-annotator)',
    );
    expect(problemOf(refused)).toEqual({ kind: 'refused', detail: refused.message });
  });
});
