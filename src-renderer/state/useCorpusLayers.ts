import { useEffect, useState } from 'react';
import { api, call } from './api.ts';

/** The corpus's named layers (annotators, gold), read once when asked for; none while unknown. */
export function useCorpusLayers(): string[] {
  const [layers, setLayers] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    call(api().layers.corpus({}))
      .then((names) => {
        if (current) setLayers(names);
      })
      .catch(() => undefined); // Without the list the export writes every layer, as before.
    return () => {
      current = false;
    };
  }, []);
  return layers;
}
