/** What an empty corpus shows in place of an article: where to start. */
export function Welcome({ onLoadSamples, onImport }: { onLoadSamples: () => void; onImport: () => void }) {
  return (
    <div className="welcome">
      <h2>Welcome</h2>
      <p>The corpus is empty. Start with the five sample articles, or import your own.</p>
      <button type="button" onClick={onLoadSamples}>
        Load the sample articles
      </button>
      <button type="button" onClick={onImport}>
        Import files…
      </button>
    </div>
  );
}
