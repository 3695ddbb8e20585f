import { DOCUMENT_STATUSES } from '../db/model.ts';
import { AVAILABLE_FORMATS } from '../formats/registry.ts';
import { RULE_LABELS } from '../suggest/rules.ts';

export const USAGE = `usage: annotator <command> [options]

commands:
  import <file|dir|file.db>... --db PATH [--format FORMAT] [--skip-invalid] [--create-labels]
         [--annotator NAME] [--replace-layers] [--report FILE]
      Import .txt articles (sample format with a " date YYYY-MM " header, or plain),
      JSONL (offsets in Unicode code points), other tools' files and folders of
      those, and other annotators' databases (a .db named on its own, work
      packages included). Without --format, .json is Label Studio and a .jsonl is ours,
      doccano or Prodigy by the keys of its first record. --annotator NAME
      puts spans that name no annotator in NAME's layer. A document whose
      text the corpus has gets the layers it lacks; a layer it has with other
      annotations is a conflict, not applied (exit code 2) unless
      --replace-layers. Bad records, skipped files, duplicates, merges and
      conflicts are listed on stderr, the first 20 of each kind;
      --report FILE writes every one of them to FILE. What a file held
      that our records cannot is listed on stderr as losses.
  export --db PATH [--format FORMAT] [--out FILE|-] [--status ${DOCUMENT_STATUSES.join('|')}]
         [--suggestions exclude|include] [--layer gold|NAME|all]
      Write the corpus as JSONL, to stdout without --out or with --out -.
      --suggestions include adds the open suggestions as spans with
      "origin": {"kind": "suggestion", "rule": …} and no annotator
      (default exclude). --layer writes one layer's spans and relations,
      with that layer's status as meta.status (and --status filtering on
      it); all (the default) writes every layer.
      FILE is a new file or a regular one (replaced whole, never half-written);
      a symbolic link writes the file it points to. Folders, devices, named
      pipes and sockets are refused: for those, write to stdout.
      Another FORMAT needs --out (a new or empty folder for brat); every
      loss the format forces is counted and listed on stderr.
  suggest --db PATH [--labels ${RULE_LABELS.join(',')}] [--status ${DOCUMENT_STATUSES.join('|')}]
      Store suggestions from the Dutch NUMBER, TIME and ACTOR rules for the
      whole corpus (or the documents of that status) and print how many per
      label. Spans an annotation of the label overlaps, and suggestions
      already made or rejected, are skipped. A label the scheme lacks is
      refused; without --labels, every rule label the scheme has.
  stats --db PATH [--json]
      Documents by status and annotations by label.
  agreement --db PATH [--annotators A,B,...] [--labels L1,L2,...] [--json]
      Inter-annotator agreement for every pair of annotators (layers) over the
      documents both annotated (status in progress or done): exact and
      overlap span F1, Cohen's kappa over characters, per label and overall;
      relation F1 and attribute agreement; Krippendorff's alpha_u per label
      over all of them. Without --annotators, every layer but gold. --json
      prints one object with every figure and the counts behind it.
  package --db PATH --annotator NAME --out FILE [--status ${DOCUMENT_STATUSES.join('|')}]
          [--ids FILE | --sample N [--seed S]]
      Write a work package for NAME: a new database with the corpus's scheme,
      the chosen documents (all, the external ids in FILE one a line, or N
      drawn at random, the same N for the same seed), NAME's spans and the
      unattributed ones as NAME's, and NAME's statuses. The app opens it; it
      merges back with import FILE, NAME's layer replacing the corpus's.
  scheme export --db PATH [--out FILE|-]
      Write the annotation scheme (labels, attributes, roles) as one JSON
      file, to stdout without --out; --out FILE as for export.
  scheme import FILE --db PATH
      Merge a scheme file into the database by name: new parts are added,
      named ones updated, the rest kept. Every problem is listed on stderr
      as path: reason, and then nothing is changed.
  server init --server URL
      Set up a PostgreSQL database as the team server: the annotator schema,
      the annotator_team role and the row-level security that lets each
      annotator write only their own layer. Run as the database's owner;
      safe to run again.
  server add-annotator NAME --server URL --password-stdin [--adjudicator]
      Create (or reset the password of) the login role NAME, reading its
      password from the first line of standard input, and map it to the
      layer NAME; --adjudicator also lets it write gold and the scheme.
  sync --db PATH --server URL
      Push this database's documents and the changes of the layers the
      login may write, then pull every layer's changes and the team's
      scheme; one summary line. Safe to interrupt and to run again.
      Changes that cannot be applied here are listed on stderr (exit 3).

URL: postgres://user@host:port/database, TLS by ?sslmode=require (or
verify-full); the password from PGPASSWORD or ~/.pgpass, as for psql.
FORMAT: ${AVAILABLE_FORMATS.join(', ')} (default jsonl).

Exit code 0 on success; 2 when an import left conflicting layers out; 3 when a
sync could not apply some changes;
otherwise non-zero with a one-line reason on stderr.`;

/** A failure the user caused or can fix: printed as one line, exit code 1. */
export class CliError extends Error {}
