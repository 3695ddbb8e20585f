/** How the app's dialogs name each format (no Node code here: the renderer imports it). */
import type { FormatName } from './types.ts';

export const FORMAT_TITLES: Record<FormatName, string> = {
  jsonl: 'Our JSONL (everything)',
  brat: 'brat standoff (folder of .txt + .ann)',
  conll2002: 'CoNLL-2002 (tokens and BIO tags)',
  doccano: 'doccano JSONL',
  labelstudio: 'Label Studio JSON',
  prodigy: 'Prodigy JSONL',
};
