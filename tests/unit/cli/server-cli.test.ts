/**
 * `annotator server` and `annotator sync` refuse bad input in one line,
 * before any server is called (none listens on the port these name).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, clientDb } from '../../helpers/team.ts';
import { tempDir } from '../../helpers/tmp.ts';

const NOWHERE = 'postgres://anna@127.0.0.1:1/team';

const refused = (args: string[], reason: RegExp): void => {
  const r = cli(args);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(reason);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
};

describe('annotator server and sync: bad input', { timeout: 60_000 }, () => {
  it('says what is missing or wrong', () => {
    refused(['server'], /^annotator: server needs init or add-annotator$/m);
    refused(['server', 'init'], /server init needs --server URL/);
    refused(['server', 'init', '--server', 'http://example.org'], /"http:" is not postgres:/);
    refused(['server', 'add-annotator', 'anna', '--server', NOWHERE], /needs --password-stdin/);
    refused(
      ['server', 'add-annotator', '--server', NOWHERE, '--password-stdin'],
      /needs the annotator's NAME/,
    );
    refused(['stats', '--db', 'x.db', '--server', NOWHERE], /--server is for server and sync only/);
    refused(['sync', '--db', 'x.db', '--adjudicator'], /--adjudicator is for server add-annotator only/);
  });

  it('checks the database before calling the server, and creates none', () => {
    const db = join(tempDir(), 'typo.db');
    refused(['sync', '--db', db, '--server', NOWHERE], /database .*typo\.db does not exist/);
    expect(existsSync(db)).toBe(false);
  });

  it('names the server it cannot reach, without the password', () => {
    const db = clientDb(tempDir(), 'c');
    const url = 'postgres://anna:secret@127.0.0.1:1/team';
    refused(
      ['sync', '--db', db, '--server', url],
      /^annotator: cannot connect to anna@127\.0\.0\.1:1\/team: .*ECONNREFUSED/,
    );
    expect(cli(['sync', '--db', db, '--server', url]).stderr).not.toMatch(/secret/);
  });
});
