export function electronPackageDir(projectDir: string): string | null;
export function electronExecutable(packageDir: string, env: NodeJS.ProcessEnv): string | null;
export function ensureElectron(
  projectDir: string,
  env: NodeJS.ProcessEnv,
): { executable: string } | { error: string };
