import type { Call } from '../backend/client.ts';
import { requests, type Reply } from '../ipc/contract.ts';
import type { Language } from '../text/languages.ts';

/**
 * The calls the main thread answers itself before the database thread sees
 * them: `app.language`, the window's interface language, which the menu
 * follows. Validated like every call (the contract's zod schema). Pure:
 * main.ts wires it between the IPC channels and the database thread.
 */
export function answeringLanguage(call: Call, onLanguage: (language: Language) => void): Call {
  return (method, payload) => {
    if (method !== 'app.language') return call(method, payload);
    const parsed = requests['app.language'].safeParse(payload);
    const reply: Reply<null> = parsed.success
      ? { ok: true, value: null }
      : {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: `invalid app.language request: ${parsed.error.issues[0]?.message ?? ''}`,
          },
        };
    if (parsed.success) onLanguage(parsed.data.language);
    return Promise.resolve(reply);
  };
}
