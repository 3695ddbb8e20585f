import type { LayerSummary } from '../../src-main/db/layers.ts';
import { STATUS_TEXT } from '../state/wording.ts';
import { initials, layerColor, layerTitle } from './layer-names.ts';

interface Props {
  layers: readonly LayerSummary[];
  /** The user's name: their layer, with the unattributed spans, is the one edited. */
  me: string | null;
  showOthers: boolean;
  onToggle: () => void;
}

/** The document's layers, and the switch that shows the others read-only beside the user's own. */
export function LayersPanel({ layers, me, showOthers, onToggle }: Props) {
  const others = layers.filter((l) => l.name !== null && l.name !== me);
  if (others.length === 0) return null;
  return (
    <section className="layers-panel" aria-label="Layers">
      <h2>Layers</h2>
      <ul>
        {layers.map((l) => {
          const own = l.name === null || l.name === me;
          return (
            <li key={l.name ?? ''}>
              {l.name !== null && !own ? (
                <span className="layer-initials" style={{ ['--layer' as string]: layerColor(l.name) }}>
                  {initials(l.name)}
                </span>
              ) : null}
              <span>{layerTitle(l.name)}</span>
              <span className="muted">
                {l.spans} spans{l.status ? `, ${STATUS_TEXT[l.status].toLowerCase()}` : ''}
                {own ? ' (yours, edited)' : ' (read-only)'}
              </span>
            </li>
          );
        })}
      </ul>
      <label className="layers-toggle">
        <input type="checkbox" checked={showOthers} onChange={onToggle} />
        Show other layers (O)
      </label>
    </section>
  );
}
