/**
 * The names of layers. An annotator's name is their layer; `gold` is the
 * curated layer and `all` means every layer on the command line, so neither
 * can be an annotator's name.
 */
export const GOLD_LAYER = 'gold';
export const RESERVED_LAYER_NAMES: readonly string[] = [GOLD_LAYER, 'all'];
export const MAX_ANNOTATOR_NAME_LENGTH = 64;

/** Why `name` cannot be an annotator's name, or null when it can. */
export function annotatorNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'an annotator name cannot be empty';
  if (trimmed !== name) return 'an annotator name cannot start or end with white space';
  if (name.length > MAX_ANNOTATOR_NAME_LENGTH)
    return `an annotator name has at most ${MAX_ANNOTATOR_NAME_LENGTH} characters`;
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return 'an annotator name cannot hold control characters';
  if (RESERVED_LAYER_NAMES.includes(name.toLowerCase()))
    return `"${name}" is reserved (${RESERVED_LAYER_NAMES.map((n) => `"${n}"`).join(' and ')} name layers, not annotators)`;
  return null;
}
