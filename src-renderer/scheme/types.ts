import type { AttributeDef, Label, Role } from '../../src-main/db/model.ts';

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
 * `id` null creates from all the fields; otherwise only the changed fields
 * are sent. A saved label's or role's id comes back, so a new one stays chosen.
 */
export interface SchemeEdits {
  saveLabel(id: number | null, fields: Partial<LabelFields>): Promise<number>;
  deleteLabel(id: number): Promise<void>;
  saveAttribute(id: number | null, labelId: number, fields: Partial<AttributeFields>): Promise<void>;
  /** With `clearValues`, also removes the values annotations have for it: the explicit migration. */
  deleteAttribute(id: number, clearValues: boolean): Promise<void>;
  saveRole(id: number | null, fields: Partial<RoleFields>): Promise<number>;
  deleteRole(id: number): Promise<void>;
}
