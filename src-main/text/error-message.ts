/**
 * The readable part of anything thrown: an Error's message, or the thrown
 * value itself as text. Pure (no Node imports), so the renderer and the
 * preload use the same rule as the main process and the CLI.
 */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
