/**
 * What an import reports on stderr: each kind of problem (bad records,
 * skipped files, duplicates) shown up to a limit and then counted, so that
 * re-importing 20,000 documents does not print 20,000 lines. `--report FILE`
 * writes every line.
 */
import type { ImportReport } from '../corpus/report.ts';
import { formatProblem } from '../corpus/report.ts';
import { counted } from '../text/plural.ts';

/** Lines of one kind shown on stderr before the rest are only counted. */
export const SHOWN_PER_KIND = 20;

interface ProblemGroup {
  /** What one of them is called, and several. */
  one: string;
  other: string;
  lines: string[];
}

function groups(report: ImportReport): ProblemGroup[] {
  return [
    { one: 'bad record', other: 'bad records', lines: report.invalid.map(formatProblem) },
    {
      one: 'skipped file',
      other: 'skipped files',
      lines: report.skippedFiles.map((s) => `${s.path}: skipped: ${s.reason}`),
    },
    {
      one: 'duplicate',
      other: 'duplicates',
      lines: report.duplicates.map(
        (d) => `${d.file}:${d.line}: duplicate of document "${d.existingId}" (same text), skipped`,
      ),
    },
  ];
}

/** Every problem line, for the report file. */
export const allProblemLines = (report: ImportReport): string[] => groups(report).flatMap((g) => g.lines);

/** The lines for stderr: the first few of each kind and a count of the rest. */
export function shownProblemLines(report: ImportReport, reportFile: string | undefined): string[] {
  const where = reportFile ? `${reportFile} lists them all` : '--report FILE lists them all';
  return groups(report).flatMap(({ one, other, lines }) => {
    const hidden = lines.length - SHOWN_PER_KIND;
    if (hidden <= 0) return lines;
    return [
      ...lines.slice(0, SHOWN_PER_KIND),
      `… and ${counted(hidden, `more ${one}`, `more ${other}`)} (${where})`,
    ];
  });
}
