/**
 * A record's spans and relations checked against the corpus's labels and
 * annotation scheme: labels, attributes and their values, roles and the
 * labels a role links. With the option to create labels, what is missing is
 * created (and listed); without it, refused. The rules themselves live in
 * db/scheme-read.ts and db/label-name.ts.
 */
import type { Db } from '../db/connection.ts';
import type { ImportedRelation, ImportedSpan } from '../db/imported.ts';
import { isLabelName, LABEL_NAME_RULE_TEXT } from '../db/label-name.ts';
import { createLabel, listLabels } from '../db/labels.ts';
import type { AttributeDef, AttributeType, AttributeValue, Role } from '../db/model.ts';
import { addRoleLabels, insertAttributeRow, insertRoleRow } from '../scheme/write.ts';
import { attributeValueRefusal, listAttributeDefs, listRoles, roleAllows } from '../db/scheme-read.ts';
import { RecordError } from './record-common.ts';
import type { DocumentDraft } from './record.ts';
import type { RelationDraft } from './record-relations.ts';
import type { SpanDraft } from './record-span.ts';
import { type Param, say } from '../text/messages/say.ts';

/** What an import added to the scheme, for its report. */
export interface SchemeCreated {
  labels: string[];
  /** `LABEL.name (type)` */
  attributes: string[];
  /** `role (HEAD → CHILD)`, also for a label pair added to a role this import created. */
  roles: string[];
}

/** The type `--create-labels` gives a new attribute, from the first value seen. */
const inferredType = (value: AttributeValue): AttributeType =>
  typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';

/** The scheme as this import sees it, kept up to date as it adds to it. */
export class ImportScheme {
  private labels = new Map<string, number>();
  private labelNames = new Map<number, string>();
  private defs = new Map<number, Map<string, AttributeDef>>();
  /** An attribute name has one type across the scheme: a label that gains it takes the type it has. */
  private defByName = new Map<string, AttributeDef>();
  private roles = new Map<string, Role>();
  /** Roles this import created: only these gain label pairs from the file. */
  private createdRoles = new Set<number>();

  private readonly db: Db;
  private readonly create: boolean;

  constructor(db: Db, create: boolean) {
    this.db = db;
    this.create = create;
    this.reload();
  }

  /** Reads the scheme again: after a record's additions were rolled back. */
  reload(): void {
    this.labels = new Map(listLabels(this.db).map((l) => [l.name, l.id]));
    this.labelNames = new Map([...this.labels].map(([name, id]) => [id, name]));
    this.defs = new Map();
    this.defByName = new Map();
    for (const def of listAttributeDefs(this.db)) {
      const own = this.defs.get(def.labelId) ?? new Map<string, AttributeDef>();
      own.set(def.name, def);
      this.defs.set(def.labelId, own);
      if (!this.defByName.has(def.name)) this.defByName.set(def.name, def);
    }
    this.roles = new Map(listRoles(this.db).map((r) => [r.name, r]));
  }

  private refuseName(kind: 'label' | 'attribute' | 'role', name: string): void {
    if (isLabelName(name)) return;
    const params = { name, rule: LABEL_NAME_RULE_TEXT };
    if (kind === 'label') throw new RecordError(say('records.scheme.labelName', params));
    if (kind === 'attribute') throw new RecordError(say('records.scheme.attributeName', params));
    throw new RecordError(say('records.scheme.roleName', params));
  }

  private labelIds(draft: DocumentDraft, created: SchemeCreated): void {
    const missing = [...new Set(draft.spans.map((s) => s.label))].filter((name) => !this.labels.has(name));
    for (const name of missing) {
      if (!this.create) throw new RecordError(say('records.scheme.unknownLabel', { name }));
      this.refuseName('label', name);
    }
    for (const name of missing) {
      const id = createLabel(this.db, { name }).id;
      this.labels.set(name, id);
      this.labelNames.set(id, name);
      created.labels.push(name);
    }
  }

  private attributeDef(
    span: SpanDraft,
    where: string,
    labelId: number,
    name: string,
    value: AttributeValue,
    created: SchemeCreated,
  ): AttributeDef {
    const known = this.defs.get(labelId)?.get(name);
    if (known) return known;
    // An attribute another label has is still unknown for this one.
    if (!this.create)
      throw new RecordError(say('records.scheme.unknownAttribute', { where, name, label: span.label }));
    this.refuseName('attribute', name);
    const like = this.defByName.get(name);
    const shape = { name, type: like?.type ?? inferredType(value), values: like?.values ?? [] };
    const def: AttributeDef = {
      id: insertAttributeRow(this.db, labelId, {
        ...shape,
        values: [...shape.values],
        required: false,
        default: null,
      }),
      labelId,
      ...shape,
      required: false,
      default: null,
      position: 0,
    };
    const own = this.defs.get(labelId) ?? new Map<string, AttributeDef>();
    own.set(name, def);
    this.defs.set(labelId, own);
    if (!this.defByName.has(name)) this.defByName.set(name, def);
    created.attributes.push(`${span.label}.${name} (${def.type})`);
    return def;
  }

  private checkAttributes(span: SpanDraft, index: number, labelId: number, created: SchemeCreated): void {
    const where = `spans[${index}]`;
    // In name order, as they are stored: a scheme created from a file then
    // does not depend on the order its keys came in, and a format that
    // writes them sorted reads back into the same scheme.
    const byName = Object.entries(span.attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, value] of byName) {
      const def = this.attributeDef(span, where, labelId, name, value, created);
      const problem = attributeValueRefusal(def, value);
      if (problem !== null) throw new RecordError(say('records.scheme.attributeValue', { where, problem }));
    }
  }

  private labelList(ids: readonly number[]): Param {
    return ids.map((id) => this.labelNames.get(id) ?? `#${id}`).join(', ') || say('records.scheme.nothing');
  }

  private roleId(
    r: RelationDraft,
    index: number,
    spans: readonly SpanDraft[],
    created: SchemeCreated,
  ): number {
    const where = `relations[${index}]`;
    const head = spans[r.head]?.label ?? '';
    const child = spans[r.child]?.label ?? '';
    const headId = this.labels.get(head) ?? 0;
    const childId = this.labels.get(child) ?? 0;
    let role = this.roles.get(r.label);
    if (!role) {
      if (!this.create) throw new RecordError(say('records.scheme.unknownRole', { where, name: r.label }));
      this.refuseName('role', r.label);
      const id = insertRoleRow(this.db, {
        name: r.label,
        hotkey: null,
        description: '',
        many: true,
        required: false,
        from: [],
        to: [],
      });
      this.createdRoles.add(id);
      role = {
        id,
        name: r.label,
        hotkey: null,
        description: '',
        many: true,
        required: false,
        from: [],
        to: [],
        position: 0,
      };
      this.roles.set(r.label, role);
    }
    if (roleAllows(role, headId, childId)) return role.id;
    if (!this.createdRoles.has(role.id)) {
      throw new RecordError(
        say('records.scheme.roleMismatch', {
          where,
          role: role.name,
          head,
          child,
          from: this.labelList(role.from),
          to: this.labelList(role.to),
        }),
      );
    }
    addRoleLabels(this.db, role.id, headId, childId);
    role.from = [...new Set([...role.from, headId])];
    role.to = [...new Set([...role.to, childId])];
    created.roles.push(`${role.name} (${head} → ${child})`);
    return role.id;
  }

  /** The draft's spans and relations as stored, checked against the scheme; adds what is missing when allowed. */
  resolve(
    draft: DocumentDraft,
    annotator: (span: SpanDraft) => string | null,
    created: SchemeCreated,
  ): { spans: ImportedSpan[]; relations: ImportedRelation[] } {
    this.labelIds(draft, created);
    const spans = draft.spans.map((s, i): ImportedSpan => {
      const labelId = this.labels.get(s.label) ?? 0;
      if (Object.keys(s.attributes).length > 0) this.checkAttributes(s, i, labelId, created);
      return { ...s, labelId, annotator: annotator(s) };
    });
    const relations = draft.relations.map((r, i) => ({
      head: r.head,
      child: r.child,
      roleId: this.roleId(r, i, draft.spans, created),
    }));
    return { spans, relations };
  }
}
