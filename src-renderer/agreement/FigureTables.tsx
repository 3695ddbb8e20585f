import type { AgreementReport, PairReport, SpanFigures } from '../../src-main/agreement/report.ts';
import type { DisagreementList } from '../../src-main/agreement/view.ts';
import { figure } from './figures.ts';

/** A row's first cell: a button that drills down, reachable by Tab and the arrow keys. */
function RowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <th scope="row">
      <button type="button" className="agreement-row" data-row onClick={onClick}>
        {label}
      </button>
    </th>
  );
}

const spanCells = (f: SpanFigures) => (
  <>
    <td>{figure(f.exact_f1)}</td>
    <td>{figure(f.overlap_f1)}</td>
    <td title={f.kappa_reason}>{figure(f.kappa)}</td>
    <td>{f.spans_a}</td>
    <td>{f.spans_b}</td>
  </>
);

export function PairsTable({ report, onPick }: { report: AgreementReport; onPick: (index: number) => void }) {
  return (
    <table aria-label="Pairs of annotators">
      <thead>
        <tr>
          <th scope="col">Annotators</th>
          <th scope="col">Documents</th>
          <th scope="col">Exact F1</th>
          <th scope="col">Overlap F1</th>
          <th scope="col">κ</th>
          <th scope="col">Relations F1</th>
        </tr>
      </thead>
      <tbody>
        {report.pairs.map((p, i) => (
          <tr key={p.annotators.join('/')}>
            <RowButton label={p.annotators.join(' / ')} onClick={() => onPick(i)} />
            <td>{p.documents}</td>
            <td>{figure(p.overall.exact_f1)}</td>
            <td>{figure(p.overall.overlap_f1)}</td>
            <td title={p.overall.kappa_reason}>{figure(p.overall.kappa)}</td>
            <td>{figure(p.relations.f1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AlphaTable({ report }: { report: AgreementReport }) {
  return (
    <table aria-label="Krippendorff's alpha_u">
      <caption>
        Krippendorff&apos;s α<sub>u</sub> over {report.annotators.join(', ')}
      </caption>
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">
            α<sub>u</sub>
          </th>
          <th scope="col">Documents</th>
          <th scope="col">Units</th>
        </tr>
      </thead>
      <tbody>
        {report.labels.map((label) => {
          const c = report.alpha_u_counts[label];
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td title={c?.reason}>{figure(report.alpha_u[label])}</td>
              <td>{c?.documents ?? 0}</td>
              <td>{c?.units ?? 0}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function LabelsTable({ pair, onPick }: { pair: PairReport; onPick: (label: string | null) => void }) {
  const [a, b] = pair.annotators;
  return (
    <table aria-label={`${a} / ${b} by label`}>
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">Exact F1</th>
          <th scope="col">Overlap F1</th>
          <th scope="col">κ</th>
          <th scope="col">Spans {a}</th>
          <th scope="col">Spans {b}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <RowButton label="All labels" onClick={() => onPick(null)} />
          {spanCells(pair.overall)}
        </tr>
        {Object.entries(pair.labels).map(([label, f]) => (
          <tr key={label}>
            <RowButton label={label} onClick={() => onPick(label)} />
            {spanCells(f)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DocumentsTable({
  list,
  onOpen,
}: {
  list: DisagreementList | undefined;
  onOpen: (id: number) => void;
}) {
  if (!list || list.items.length === 0) return <p>No document has a span the other annotator lacks.</p>;
  return (
    <table aria-label="Documents with the most disagreement">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Unmatched spans</th>
        </tr>
      </thead>
      <tbody>
        {list.items.map((d) => (
          <tr key={d.documentId}>
            <RowButton label={d.title || d.externalId} onClick={() => onOpen(d.documentId)} />
            <td>{d.unmatched}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
