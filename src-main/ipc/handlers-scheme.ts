import type { Db } from '../db/connection.ts';
import { listLabels } from '../db/labels.ts';
import { listAttributeDefs, listRoles } from '../db/scheme-read.ts';
import { createAttribute, deleteAttribute, updateAttribute } from '../scheme/edit-attributes.ts';
import { deleteLabel } from '../scheme/edit-labels.ts';
import { createRole, deleteRole, updateRole } from '../scheme/edit-roles.ts';
import type { SchemeResponses } from './contract-scheme.ts';
import type { Handlers } from './handlers.ts';

/** The scheme editor's part of the handler table; `writing` holds writes back while an import runs. */
export function schemeHandlers(
  db: Db,
  writing: <T>(fn: () => T) => T,
): Pick<Handlers, keyof SchemeResponses> {
  return {
    'scheme.get': () => ({ labels: listLabels(db), attributes: listAttributeDefs(db), roles: listRoles(db) }),
    'labels.delete': (r) => writing(() => deleteLabel(db, r.id)),
    'attributes.create': (r) => writing(() => createAttribute(db, r)),
    'attributes.update': ({ id, ...changes }) => writing(() => updateAttribute(db, id, changes)),
    'attributes.delete': (r) => writing(() => deleteAttribute(db, r.id, r.clearValues)),
    'roles.create': (r) => writing(() => createRole(db, r)),
    'roles.update': ({ id, ...changes }) => writing(() => updateRole(db, id, changes)),
    'roles.delete': (r) => writing(() => deleteRole(db, r.id)),
  };
}
