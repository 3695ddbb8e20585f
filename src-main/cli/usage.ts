import { DOCUMENT_STATUSES } from '../db/model.ts';
import { AVAILABLE_FORMATS } from '../formats/registry.ts';
import { RULE_LABELS } from '../suggest/rules.ts';

export const USAGE = `usage: annotator <command> [options]

commands:
  import <file|dir>... --db PATH [--format FORMAT] [--skip-invalid] [--create-labels] [--report FILE]
      Import .txt articles (sample format with a " date YYYY-MM " header, or plain),
      JSONL (offsets in Unicode code points), other tools' files and folders of
      those. Without --format, .json is Label Studio and a .jsonl is ours,
      doccano or Prodigy by the keys of its first record. Bad records,
      skipped files and duplicates are listed on stderr, the first 20 of each
      kind; --report FILE writes every one of them to FILE. What a file held
      that our records cannot is listed on stderr as losses.
  export --db PATH [--format FORMAT] [--out FILE|-] [--status ${DOCUMENT_STATUSES.join('|')}]
         [--suggestions exclude|include]
      Write the corpus as JSONL, to stdout without --out or with --out -.
      --suggestions include adds the open suggestions as spans with
      "origin": {"kind": "suggestion", "rule": …} and no annotator
      (default exclude).
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
  scheme export --db PATH [--out FILE|-]
      Write the annotation scheme (labels, attributes, roles) as one JSON
      file, to stdout without --out; --out FILE as for export.
  scheme import FILE --db PATH
      Merge a scheme file into the database by name: new parts are added,
      named ones updated, the rest kept. Every problem is listed on stderr
      as path: reason, and then nothing is changed.

FORMAT: ${AVAILABLE_FORMATS.join(', ')} (default jsonl).

Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.`;

/** A failure the user caused or can fix: printed as one line, exit code 1. */
export class CliError extends Error {}
