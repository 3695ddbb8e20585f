/** The application menu's About box. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="About" onClick={onClose}>
      <div className="dialog">
        <h2>Dutch News Annotator</h2>
        <p>Annotate EVENT, NUMBER and ACTOR spans in Dutch news; export JSONL with code-point offsets.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
