/**
 * What an import reports on stderr: each kind of problem (bad records,
 * skipped files, duplicates) shown up to a limit and then counted, so that
 * re-importing 20,000 documents does not print 20,000 lines. `--report FILE`
 * writes every line.
 */
import type { ImportReport } from '../corpus/report.ts';
import { formatProblem } from '../corpus/report.ts';
import { counted } from '../text/plural.ts';
import { layerName } from '../corpus/merge.ts';
import type { ImportMerge } from '../corpus/report.ts';

const layerList = (layers: readonly (string | null)[]): string =>
  `${layers.length === 1 ? 'layer' : 'layers'} ${layers.map(layerName).join(', ')}`;

function mergeLine(m: ImportMerge): string {
  const parts = [
    m.added.length ? `${layerList(m.added)} added` : '',
    m.replaced.length ? `${layerList(m.replaced)} replaced` : '',
  ].filter(Boolean);
  const renumbered = m.renumbered.length
    ? `; span ids already in use renumbered: ${m.renumbered.map((r) => `${r.from} → ${r.to}`).join(', ')}`
    : '';
  return `${m.file}:${m.line}: merged into document "${m.existingId}": ${parts.join(', ')} (${counted(m.spans, 'span')})${renumbered}`;
}

/** Lines of one kind shown on stderr before the rest are only counted. */
export const SHOWN_PER_KIND = 20;

interface ProblemGroup {
  /** What one of them is called, and several. */
  one: string;
  other: string;
  lines: string[];
  /** How many there were: more than `lines` when the import listed only the first ones. */
  total: number;
}

function groups(report: ImportReport): ProblemGroup[] {
  return [
    {
      one: 'bad record',
      other: 'bad records',
      lines: report.invalid.map(formatProblem),
      total: report.invalidTotal,
    },
    {
      one: 'skipped file',
      other: 'skipped files',
      lines: report.skippedFiles.map((s) => `${s.path}: skipped: ${s.reason}`),
      total: report.skippedFiles.length,
    },
    {
      one: 'duplicate',
      other: 'duplicates',
      lines: report.duplicates.map((d) =>
        d.layers.length === 0
          ? `${d.file}:${d.line}: duplicate of document "${d.existingId}" (same text), skipped`
          : `${d.file}:${d.line}: already in document "${d.existingId}" (same text, same annotations in ${layerList(d.layers)}), unchanged`,
      ),
      total: report.duplicates.length,
    },
    {
      one: 'merged document',
      other: 'merged documents',
      lines: report.merged.map(mergeLine),
      total: report.merged.length,
    },
    {
      one: 'conflict',
      other: 'conflicts',
      lines: report.conflicts.map(
        (c) =>
          `${c.file}:${c.line}: conflict in document "${c.existingId}", layer ${layerName(c.layer)}: ${c.reason}; not applied`,
      ),
      total: report.conflicts.length,
    },
  ];
}

/** Every problem line the import listed, for the report file, and a count of any it did not. */
export const allProblemLines = (report: ImportReport): string[] =>
  groups(report).flatMap(({ one, other, lines, total }) =>
    total > lines.length
      ? [
          ...lines,
          `… and ${counted(total - lines.length, `more ${one}`, `more ${other}`)} (an import lists the first ${lines.length})`,
        ]
      : lines,
  );

/** The lines for stderr: the first few of each kind and a count of the rest. */
export function shownProblemLines(report: ImportReport, reportFile: string | undefined): string[] {
  const where = reportFile ? `${reportFile} lists them` : '--report FILE lists them';
  return groups(report).flatMap(({ one, other, lines, total }) => {
    const hidden = total - SHOWN_PER_KIND;
    if (hidden <= 0) return lines;
    return [
      ...lines.slice(0, SHOWN_PER_KIND),
      `… and ${counted(hidden, `more ${one}`, `more ${other}`)} (${where})`,
    ];
  });
}
