/**
 * `annotator agreement`: the agreement report as a table, or with --json as
 * one object (src-main/agreement/report.ts has its shape).
 */
import { agreementOf } from '../agreement/from-db.ts';
import type { AgreementReport, SpanFigures } from '../agreement/report.ts';
import { withCorpus, type Io } from './commands.ts';
import { CliError } from './usage.ts';

/** A comma-separated list option; empty names are refused rather than ignored. */
export function parseNameList(option: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((n) => n.trim());
  if (names.some((n) => n === ''))
    throw new CliError(`--${option} needs names separated by commas, got "${value}"`);
  return names;
}

export async function runAgreement(
  db: string,
  options: { annotators: string[] | undefined; labels: string[] | undefined; json: boolean },
  io: Io,
): Promise<number> {
  const { report } = await withCorpus(db, (handle) =>
    agreementOf(handle, { annotators: options.annotators, labels: options.labels }),
  );
  io.out.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : agreementTable(report));
  return 0;
}

const figure = (v: number | null): string => (v === null ? '-' : v.toFixed(3));

function row(name: string, f: SpanFigures): string[] {
  return [
    name,
    figure(f.exact_f1),
    figure(f.overlap_f1),
    figure(f.kappa),
    String(f.spans_a),
    String(f.spans_b),
    String(f.exact_matches),
    String(f.overlap_matches),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The human table: per pair, overall and per label; then alpha_u per label. A dash is an undefined figure. */
export function agreementTable(report: AgreementReport): string {
  const out: string[] = [];
  for (const pair of report.pairs) {
    const [a, b] = pair.annotators;
    out.push(`${a} / ${b}: ${pair.documents} shared document${pair.documents === 1 ? '' : 's'}`);
    const rows = [
      ['label', 'exact F1', 'overlap F1', 'kappa', `spans ${a}`, `spans ${b}`, 'exact', 'overlap'],
    ];
    for (const [label, f] of Object.entries(pair.labels)) rows.push(row(label, f));
    rows.push(row('overall', pair.overall));
    out.push(table(rows));
    const r = pair.relations;
    out.push(`relations: F1 ${figure(r.f1)} (${r.matches} matched of ${r.relations_a} / ${r.relations_b})`);
    for (const [name, at] of Object.entries(pair.attributes))
      out.push(
        `attribute ${name}: agreement ${figure(at.observed_agreement)}, kappa ${figure(at.kappa)} (${at.agreeing} of ${at.items})`,
      );
    out.push('');
  }
  out.push(`alpha_u over ${report.annotators.join(', ')}:`);
  const rows = [['label', 'alpha_u', 'documents', 'units']];
  for (const label of report.labels) {
    const c = report.alpha_u_counts[label];
    rows.push([
      label,
      figure(report.alpha_u[label] ?? null),
      String(c?.documents ?? 0),
      String(c?.units ?? 0),
    ]);
  }
  out.push(table(rows));
  return `${out.join('\n')}\n`;
}
