import { DOCUMENT_STATUSES } from '../db/model.ts';
import { AVAILABLE_FORMATS } from '../formats/registry.ts';

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
         [--layer gold|NAME|all]
      Write the corpus as JSONL, to stdout without --out or with --out -.
      --layer writes one layer's spans and relations, with that layer's
      status as meta.status (and --status filtering on it); all (the default)
      writes every layer.
      FILE is a new file or a regular one (replaced whole, never half-written);
      a symbolic link writes the file it points to. Folders, devices, named
      pipes and sockets are refused: for those, write to stdout.
      Another FORMAT needs --out (a new or empty folder for brat); every
      loss the format forces is counted and listed on stderr.
  stats --db PATH [--json]
      Documents by status and annotations by label.
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

FORMAT: ${AVAILABLE_FORMATS.join(', ')} (default jsonl).

Exit code 0 on success; 2 when an import left conflicting layers out;
otherwise non-zero with a one-line reason on stderr.`;

/** A failure the user caused or can fix: printed as one line, exit code 1. */
export class CliError extends Error {}
