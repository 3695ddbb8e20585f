import { i18n } from '../i18n/i18n.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Scheme, SchemeEdits } from '../scheme/types.ts';
import { api, call, messageOf } from './api.ts';

/**
 * The scheme editor's data: the scheme read once when the editor opens and
 * again after every edit, so the editor shows what the database now holds.
 * `onChanged` tells the rest of the app (label bar, highlights) to reload
 * its labels; `onValuesCleared` that annotations lost attribute values.
 */
export function useScheme(onChanged: () => void, onValuesCleared: () => void) {
  const [scheme, setScheme] = useState<Scheme | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setScheme(await call(api().scheme.get({})));
      setProblem(null);
    } catch (e) {
      setProblem(i18n.t('state:couldNotReadScheme', { message: messageOf(e) }));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const edits: SchemeEdits = useMemo(() => {
    // A refusal goes to the form that asked; after a success everything reloads.
    const done = async (): Promise<void> => {
      await reload();
      onChanged();
    };
    return {
      createLabel: async (fields) => {
        const label = await call(api().labels.create(fields));
        await done();
        return label.id;
      },
      updateLabel: async (id, changes) => {
        await call(api().labels.update({ id, ...changes }));
        await done();
      },
      deleteLabel: async (id) => {
        await call(api().labels.delete({ id }));
        await done();
      },
      createAttribute: async (labelId, fields) => {
        await call(api().attributes.create({ labelId, ...fields }));
        await done();
      },
      updateAttribute: async (id, changes) => {
        await call(api().attributes.update({ id, ...changes }));
        await done();
      },
      deleteAttribute: async (id, clearValues) => {
        await call(api().attributes.delete({ id, clearValues }));
        if (clearValues) onValuesCleared();
        await done();
      },
      createRole: async (fields) => {
        const role = await call(api().roles.create(fields));
        await done();
        return role.id;
      },
      updateRole: async (id, changes) => {
        await call(api().roles.update({ id, ...changes }));
        await done();
      },
      deleteRole: async (id) => {
        await call(api().roles.delete({ id }));
        await done();
      },
      importScheme: async (from) => {
        const reply = await call(
          api().scheme.import(from === 'file' ? { from } : { from, name: 'news-events' }),
        );
        if ('imported' in reply && reply.imported) await done();
        return reply;
      },
      exportScheme: () => call(api().scheme.export({})),
    };
  }, [reload, onChanged, onValuesCleared]);

  return { scheme, problem, edits };
}
