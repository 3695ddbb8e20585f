/**
 * The interface languages. Here, below the renderer, because the main process
 * needs them too: the renderer tells it its language (the `app.language`
 * call) and the application menu follows.
 */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the chooser. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The user's choice if there is one, else the first of the system's
 * languages (`navigator.languages`, e.g. "nl-BE") we have, else English.
 */
export function pickLanguage(chosen: unknown, system: readonly string[]): Language {
  if (isLanguage(chosen)) return chosen;
  for (const tag of system) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
