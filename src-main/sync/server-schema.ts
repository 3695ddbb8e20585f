/**
 * The team server's schema, roles and row-level security, as one idempotent
 * script (`annotator server init` runs it again safely).
 *
 * - `documents`: one row per text, named by its SHA-256; never updated.
 * - `changes`: the team's append-only change log. `id` is the change id the
 *   row was made with (migration 8), so a change pushed twice is stored
 *   once; `seq` is the order pulls follow. Every insert takes one
 *   transaction-wide lock first (a statement trigger), so sequence numbers
 *   become visible in order and a pull that has read up to `seq` never
 *   misses a lower one committed later.
 * - `annotators` maps a login role to its layer; an adjudicator also writes
 *   `gold`. `scheme` is the team's one scheme, versioned.
 * - Members of `annotator_team` read everything and may insert only changes
 *   of their own layer (adjudicators: and gold) under their own name, and
 *   documents; nobody but the owner (who ran init) updates or deletes.
 *   The owner is not subject to the policies: set-up and migration.
 */
export const TEAM_ROLE = 'annotator_team';
export const SCHEMA = 'annotator';
/** The advisory lock that orders inserts into the log (any 32-bit number unique to us). */
const LOG_LOCK = 240_124;

export const INIT_SQL = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${TEAM_ROLE}') THEN
    CREATE ROLE ${TEAM_ROLE} NOLOGIN;
  END IF;
END $$;

CREATE SCHEMA IF NOT EXISTS ${SCHEMA};

CREATE TABLE IF NOT EXISTS ${SCHEMA}.annotators (
  role_name    name    PRIMARY KEY,
  layer        text    NOT NULL UNIQUE CHECK (length(layer) BETWEEN 1 AND 128 AND layer NOT IN ('gold', 'all')),
  adjudicator  boolean NOT NULL DEFAULT false
);

CREATE TABLE IF NOT EXISTS ${SCHEMA}.documents (
  seq          bigserial UNIQUE,
  sha256       text      PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  external_id  text      NOT NULL,
  title        text,
  published    text,
  source       text,
  text         text      NOT NULL,
  meta         jsonb     NOT NULL DEFAULT '{}',
  added_by     name      NOT NULL DEFAULT current_user,
  added_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS ${SCHEMA}.changes (
  seq              bigserial PRIMARY KEY,
  id               text      NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 200),
  layer            text      NOT NULL CHECK (length(layer) BETWEEN 1 AND 128),
  document_sha256  text      NOT NULL REFERENCES ${SCHEMA}.documents (sha256),
  entity           text      NOT NULL CHECK (entity IN ('annotation', 'relation', 'status')),
  target           text      NOT NULL CHECK (length(target) BETWEEN 1 AND 200),
  state            jsonb,
  author           name      NOT NULL DEFAULT current_user,
  at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS changes_layer ON ${SCHEMA}.changes (layer, seq);

CREATE TABLE IF NOT EXISTS ${SCHEMA}.scheme (
  id          integer PRIMARY KEY CHECK (id = 1),
  version     integer NOT NULL CHECK (version >= 1),
  scheme      text    NOT NULL,
  updated_by  name    NOT NULL DEFAULT current_user,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION ${SCHEMA}.ordered_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(${LOG_LOCK});
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS changes_ordered ON ${SCHEMA}.changes;
CREATE TRIGGER changes_ordered BEFORE INSERT ON ${SCHEMA}.changes
  FOR EACH STATEMENT EXECUTE FUNCTION ${SCHEMA}.ordered_insert();
DROP TRIGGER IF EXISTS documents_ordered ON ${SCHEMA}.documents;
CREATE TRIGGER documents_ordered BEFORE INSERT ON ${SCHEMA}.documents
  FOR EACH STATEMENT EXECUTE FUNCTION ${SCHEMA}.ordered_insert();

-- The layers the connected role may write (empty for a stranger).
CREATE OR REPLACE FUNCTION ${SCHEMA}.writable_layers(who name) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT layer FROM ${SCHEMA}.annotators WHERE role_name = who
  UNION ALL
  SELECT 'gold' FROM ${SCHEMA}.annotators WHERE role_name = who AND adjudicator
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA ${SCHEMA} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${SCHEMA} TO ${TEAM_ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA ${SCHEMA} TO ${TEAM_ROLE};
GRANT INSERT ON ${SCHEMA}.changes, ${SCHEMA}.documents TO ${TEAM_ROLE};
GRANT INSERT, UPDATE ON ${SCHEMA}.scheme TO ${TEAM_ROLE};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${SCHEMA} TO ${TEAM_ROLE};
GRANT EXECUTE ON FUNCTION ${SCHEMA}.writable_layers(name) TO ${TEAM_ROLE};

ALTER TABLE ${SCHEMA}.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${SCHEMA}.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${SCHEMA}.scheme ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${SCHEMA}.annotators ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS read_all ON ${SCHEMA}.changes;
CREATE POLICY read_all ON ${SCHEMA}.changes FOR SELECT TO ${TEAM_ROLE} USING (true);
DROP POLICY IF EXISTS write_own_layer ON ${SCHEMA}.changes;
CREATE POLICY write_own_layer ON ${SCHEMA}.changes FOR INSERT TO ${TEAM_ROLE}
  WITH CHECK (author = current_user AND layer IN (SELECT ${SCHEMA}.writable_layers(current_user)));

DROP POLICY IF EXISTS read_all ON ${SCHEMA}.documents;
CREATE POLICY read_all ON ${SCHEMA}.documents FOR SELECT TO ${TEAM_ROLE} USING (true);
DROP POLICY IF EXISTS add_own ON ${SCHEMA}.documents;
CREATE POLICY add_own ON ${SCHEMA}.documents FOR INSERT TO ${TEAM_ROLE} WITH CHECK (added_by = current_user);

DROP POLICY IF EXISTS read_all ON ${SCHEMA}.annotators;
CREATE POLICY read_all ON ${SCHEMA}.annotators FOR SELECT TO ${TEAM_ROLE} USING (true);

DROP POLICY IF EXISTS read_all ON ${SCHEMA}.scheme;
CREATE POLICY read_all ON ${SCHEMA}.scheme FOR SELECT TO ${TEAM_ROLE} USING (true);
DROP POLICY IF EXISTS adjudicators_add ON ${SCHEMA}.scheme;
CREATE POLICY adjudicators_add ON ${SCHEMA}.scheme FOR INSERT TO ${TEAM_ROLE}
  WITH CHECK ('gold' IN (SELECT ${SCHEMA}.writable_layers(current_user)));
DROP POLICY IF EXISTS adjudicators_edit ON ${SCHEMA}.scheme;
CREATE POLICY adjudicators_edit ON ${SCHEMA}.scheme FOR UPDATE TO ${TEAM_ROLE}
  USING ('gold' IN (SELECT ${SCHEMA}.writable_layers(current_user)))
  WITH CHECK ('gold' IN (SELECT ${SCHEMA}.writable_layers(current_user)));
`;
