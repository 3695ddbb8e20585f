import { describe, expect, it } from 'vitest';
import { createInvokeHandler } from '../../../src-main/app/invoke.ts';
import { methods } from '../../../src-main/ipc/contract.ts';
import type { Handlers } from '../../../src-main/ipc/handlers.ts';
import { dispatch } from '../../../src-main/ipc/dispatch.ts';
import type { Call } from '../../../src-main/backend/client.ts';
import { createTestBackend } from '../../helpers/backend.ts';

const APP = 'file:///opt/Annotator/resources/app.asar/out/renderer/index.html';
const main = { senderFrame: { url: APP, parent: null } };
const noLog = () => {};
/** The handlers answering in this thread, as the database thread answers in the app. */
const callOf =
  (handlers: Handlers): Call =>
  (method, payload) =>
    dispatch(handlers, method, payload);

/** Handlers that only record that they ran. */
function recording(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    methods.map((m) => [
      m,
      (r: unknown) => {
        calls.push(m);
        return r;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('IPC invoke handler', () => {
  it('refuses a foreign sender before validation and before any handler runs, and logs each refusal', async () => {
    const { handlers, calls } = recording();
    const foreign = [
      { senderFrame: null },
      { senderFrame: { url: 'https://example.com/', parent: null } },
      { senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
      { senderFrame: { url: APP, parent: { url: APP } } },
    ];
    const logged: string[] = [];
    const get = createInvokeHandler(
      callOf(handlers),
      'documents.get',
      () => APP,
      (line) => logged.push(line),
    );
    for (const event of foreign) {
      for (const payload of [{ id: 1 }, 'garbage']) {
        const reply = await get(event, payload);
        expect(reply).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN_SENDER', message: expect.stringMatching(/^documents\.get refused/) },
        });
      }
    }
    expect(calls).toEqual([]);
    // One line per refused call, with its own code and the frame that made it.
    const line = (who: string) => `annotator: FORBIDDEN_SENDER: refused documents.get from ${who}`;
    expect(logged).toEqual(
      [
        line('a frame that is gone'),
        line('https://example.com/'),
        line('file:///tmp/evil.html'),
        line(`a sub-frame at ${APP}`),
      ].flatMap((l) => [l, l]),
    );
  });

  it('keeps a bad payload from the app page a validation error, and logs no refusal', async () => {
    const { handlers } = createTestBackend();
    const logged: string[] = [];
    const reply = await createInvokeHandler(
      callOf(handlers),
      'documents.get',
      () => APP,
      (l) => logged.push(l),
    )(main, {
      id: 'x',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(logged).toEqual([]);
  });

  it('dispatches a call from the app page to the real handlers', async () => {
    const { handlers } = createTestBackend();
    const list = createInvokeHandler(callOf(handlers), 'labels.list', () => APP, noLog);
    const reply = await list(main, {});
    expect(reply.ok && Array.isArray(reply.value) && reply.value.length).toBeGreaterThan(0);
    // A trusted page still gets its payload validated.
    expect(await list(main, { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('follows the renderer URL it is given (the dev server in development)', async () => {
    const { handlers, calls } = recording();
    const call = createInvokeHandler(callOf(handlers), 'corpus.stats', () => 'http://localhost:5173/', noLog);
    const dev = { senderFrame: { url: 'http://localhost:5173/index.html', parent: null } };
    expect(await call(dev, {})).toMatchObject({ ok: true });
    expect(await call(main, {})).toMatchObject({ ok: false });
    expect(calls).toEqual(['corpus.stats']);
  });
});
