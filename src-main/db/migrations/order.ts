import type { Migration } from './types.ts';

/**
 * Refuses a schema history whose versions are not 1, 2, 3, … in order. The
 * runner applies every migration above the file's user_version in list
 * order, so a gap, a repeat or a swap would skip a migration or run one
 * twice on some databases and not on others: a programming error, caught on
 * the first open instead of in a user's file.
 */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migration "${migration.name}" is number ${index + 1} in the list but has version ${migration.version}: versions must run 1, 2, 3, … in order`,
      );
    }
  });
}
