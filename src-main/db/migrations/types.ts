export interface Migration {
  /** Becomes `PRAGMA user_version` once applied; 1, 2, 3, … in list order (order.ts). */
  readonly version: number;
  readonly name: string;
  readonly up: string;
}
