import { listLabels } from '../db/labels.ts';
import { listAttributeDefs, listRoles } from '../db/scheme-read.ts';
import { createAttribute, deleteAttribute, updateAttribute } from '../scheme/edit-attributes.ts';
import { deleteLabel } from '../scheme/edit-labels.ts';
import { createRole, deleteRole, updateRole } from '../scheme/edit-roles.ts';
import { bundledSchemePath, exportSchemeFile, importSchemeFile } from '../scheme/transfer.ts';
import type { SchemeResponses } from './contract-scheme.ts';
import type { Handlers } from './handlers.ts';
import type { Services } from './services.ts';

/** The scheme's part of the handler table; `writing` holds writes back while a corpus import runs. */
export function schemeHandlers(
  services: Services,
  writing: <T>(fn: () => T) => T,
): Pick<Handlers, keyof SchemeResponses> {
  const { db } = services;
  return {
    'scheme.get': () => ({ labels: listLabels(db), attributes: listAttributeDefs(db), roles: listRoles(db) }),
    'labels.delete': (r) => writing(() => deleteLabel(db, r.id, r.forgetUndo)),
    'attributes.create': (r) => writing(() => createAttribute(db, r)),
    'attributes.update': ({ id, ...changes }) => writing(() => updateAttribute(db, id, changes)),
    'attributes.delete': (r) => writing(() => deleteAttribute(db, r.id, r.clearValues)),
    'roles.create': (r) => writing(() => createRole(db, r)),
    'roles.update': ({ id, ...changes }) => writing(() => updateRole(db, id, changes)),
    'roles.delete': (r) => writing(() => deleteRole(db, r.id, r.forgetUndo)),
    'scheme.export': async () => {
      const suggested = `scheme-${new Date().toISOString().slice(0, 10)}.json`;
      const path = await services.dialogs.pickExportPath(suggested, 'scheme');
      if (path === null) return { cancelled: true };
      exportSchemeFile(db, path);
      return { path };
    },
    'scheme.import': async (r) => {
      let path: string;
      if (r.from === 'bundled') path = bundledSchemePath(services.samplesDir, r.name);
      else {
        const picked = await services.dialogs.pickImportFiles('scheme');
        if (picked === null || picked[0] === undefined) return { cancelled: true };
        path = picked[0];
      }
      return writing(() => importSchemeFile(db, path));
    },
  };
}
