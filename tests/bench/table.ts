/** One line of the benchmark table. */
export interface BenchRow {
  figure: string;
  workload: string;
  value: number;
  unit: string;
  /** Measured in the same run on the same machine; null where the issue sets none. */
  baseline: { value: number; label: string } | null;
  /** How `value` is judged: against the baseline ratio, or against an absolute bound. */
  target:
    | { kind: 'ratio-at-least'; ratio: number }
    | { kind: 'ratio-at-most'; ratio: number }
    | { kind: 'at-most'; bound: number }
    | { kind: 'flat'; otherValue: number; tolerance: number }
    | { kind: 'none' };
}

export function ratioOf(row: BenchRow): number | null {
  if (row.baseline) return row.value / row.baseline.value;
  if (row.target.kind === 'flat') return row.value / row.target.otherValue;
  return null;
}

export function passes(row: BenchRow): boolean | null {
  const ratio = ratioOf(row);
  switch (row.target.kind) {
    case 'ratio-at-least':
      return ratio !== null && ratio >= row.target.ratio;
    case 'ratio-at-most':
      return ratio !== null && ratio <= row.target.ratio;
    case 'at-most':
      return row.value <= row.target.bound;
    case 'flat':
      return ratio !== null && ratio <= 1 + row.target.tolerance;
    case 'none':
      return null;
  }
}

function targetText(row: BenchRow): string {
  switch (row.target.kind) {
    case 'ratio-at-least':
      return `≥ ${row.target.ratio} × baseline`;
    case 'ratio-at-most':
      return `≤ ${row.target.ratio} × baseline`;
    case 'at-most':
      return `≤ ${row.target.bound} ${row.unit}`;
    case 'flat':
      return `flat (≤ ${(1 + row.target.tolerance).toFixed(2)} × smaller run)`;
    case 'none':
      return '—';
  }
}

const num = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** A Markdown table: readable in a terminal and pasteable into README.md. */
export function formatTable(rows: BenchRow[]): string {
  const header = ['figure', 'workload', 'value', 'baseline (same run)', 'ratio', 'target', 'met'];
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    const ok = passes(row);
    return [
      row.figure,
      row.workload,
      `${num(row.value)} ${row.unit}`,
      row.baseline ? `${num(row.baseline.value)} ${row.unit} (${row.baseline.label})` : '—',
      ratio === null ? '—' : ratio.toFixed(2),
      targetText(row),
      ok === null ? '—' : ok ? 'yes' : 'NO',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [fmt(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.map(fmt)].join('\n');
}
