import type { AttributeDef, Label, Role } from '../../src-main/db/model.ts';
import type { Cancellable } from '../../src-main/ipc/contract.ts';
import type { SchemeImportReply } from '../../src-main/scheme/transfer.ts';

/** The whole annotation scheme, as the editor shows it. */
export interface Scheme {
  labels: Label[];
  attributes: AttributeDef[];
  roles: Role[];
}

export type LabelFields = Pick<Label, 'name' | 'color' | 'hotkey' | 'description'>;
export type AttributeFields = Pick<AttributeDef, 'name' | 'type' | 'values' | 'required' | 'default'>;
export type RoleFields = Pick<Role, 'name' | 'hotkey' | 'description' | 'many' | 'required' | 'from' | 'to'>;

/**
 * The edits the editor makes. Each saves at once and rejects with the
 * database's reason when it refuses (a name taken, a label still in use).
 * An update sends only the changed fields. A new label's or role's id comes
 * back, so it stays chosen.
 */
export interface SchemeEdits {
  createLabel(fields: LabelFields): Promise<number>;
  updateLabel(id: number, changes: Partial<LabelFields>): Promise<void>;
  deleteLabel(id: number): Promise<void>;
  createAttribute(labelId: number, fields: AttributeFields): Promise<void>;
  updateAttribute(id: number, changes: Partial<AttributeFields>): Promise<void>;
  /** With `clearValues`, also removes the values annotations have for it: the explicit migration. */
  deleteAttribute(id: number, clearValues: boolean): Promise<void>;
  createRole(fields: RoleFields): Promise<number>;
  updateRole(id: number, changes: Partial<RoleFields>): Promise<void>;
  deleteRole(id: number): Promise<void>;
  /** Merges a scheme file (picked in a dialog) or the one that comes with the app. */
  importScheme(from: 'file' | 'bundled'): Promise<Cancellable<SchemeImportReply>>;
  /** Writes the scheme to a JSON file picked in a dialog. */
  exportScheme(): Promise<Cancellable<{ path: string }>>;
}

/** What a form's save hands on: the whole draft (for a create) and what changed (for an update). */
export type SaveForm<F> = (draft: F, changes: Partial<F>) => Promise<void>;
