/**
 * Polls `condition` until it returns something other than false, null or
 * undefined, and resolves with that. Tests wait on the thing they need
 * instead of sleeping a fixed time: as fast as the machine allows, and a
 * clear failure naming what never happened instead of a flaky assertion.
 */
export async function waitFor<T>(
  what: string,
  condition: () => T | false | null | undefined | Promise<T | false | null | undefined>,
  { timeoutMs = 10_000, intervalMs = 10 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== false && value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
