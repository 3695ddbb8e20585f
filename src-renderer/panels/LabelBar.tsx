import type { Label } from '../../src-main/db/model.ts';

interface Props {
  labels: readonly Label[];
  exact: boolean;
  onApply: (labelId: number) => void;
  onToggleExact: () => void;
}

/**
 * Every label with its colour and hotkey; a click applies it like the hotkey
 * does. In a landmark of its own, so a screen reader's landmark list reaches it.
 */
export function LabelBar({ labels, exact, onApply, onToggleExact }: Props) {
  return (
    <section aria-label="Label bar">
      <div className="label-bar" role="toolbar" aria-label="Labels">
        {labels.map((l) => (
          <button
            key={l.id}
            type="button"
            className="label-button"
            style={{ ['--label' as string]: l.color }}
            // Keep the text selection: a click must not move focus out of the article.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onApply(l.id)}
            title={l.hotkey ? `${l.name} (key ${l.hotkey})` : l.name}
          >
            <span className="swatch" />
            {l.name}
            {l.hotkey && <kbd>{l.hotkey}</kbd>}
          </button>
        ))}
        <label
          className="exact-toggle"
          title="Keep the exact characters instead of snapping to whole words (Ctrl+Shift+S)"
        >
          <input type="checkbox" checked={exact} onChange={onToggleExact} />
          Exact characters
        </label>
      </div>
    </section>
  );
}
