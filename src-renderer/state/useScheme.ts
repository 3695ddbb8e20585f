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
      setProblem(`Could not read the scheme: ${messageOf(e)}`);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const edits: SchemeEdits = useMemo(() => {
    // An edit's refusal goes to its form; after a success everything reloads.
    const saved = async <T>(value: T): Promise<T> => {
      await reload();
      onChanged();
      return value;
    };
    return {
      saveLabel: async (id, fields) => {
        const { name, color, hotkey, description } = fields;
        const label =
          id === null
            ? await call(api().labels.create({ name: name ?? '', color, hotkey, description }))
            : await call(api().labels.update({ id, name, color, hotkey, description }));
        return saved(label.id);
      },
      deleteLabel: async (id) => {
        await call(api().labels.delete({ id }));
        await saved(undefined);
      },
      saveAttribute: async (id, labelId, fields) => {
        if (id === null) {
          const { name, type, values, required } = fields;
          await call(
            api().attributes.create({
              labelId,
              name: name ?? '',
              type: type ?? 'text',
              values,
              required,
              default: fields.default,
            }),
          );
        } else await call(api().attributes.update({ id, ...fields }));
        await saved(undefined);
      },
      deleteAttribute: async (id, clearValues) => {
        await call(api().attributes.delete({ id, clearValues }));
        if (clearValues) onValuesCleared();
        await saved(undefined);
      },
      saveRole: async (id, fields) => {
        const role =
          id === null
            ? await call(
                api().roles.create({
                  ...fields,
                  name: fields.name ?? '',
                  from: fields.from ?? [],
                  to: fields.to ?? [],
                }),
              )
            : await call(api().roles.update({ id, ...fields }));
        return saved(role.id);
      },
      deleteRole: async (id) => {
        await call(api().roles.delete({ id }));
        await saved(undefined);
      },
    };
  }, [reload, onChanged, onValuesCleared]);

  return { scheme, problem, edits };
}
