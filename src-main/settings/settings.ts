/**
 * The user's settings: a small JSON file in the app's user-data folder
 * (settings.json), read and written by the database thread, which serves
 * the calls that change them: the annotator's name and the team server
 * (team-setting.ts).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { annotatorNameProblem, annotatorNameRefusal } from '../db/annotator-name.ts';
import { AppError } from '../db/errors.ts';
import { readTeamFile, type TeamFile } from './team-setting.ts';

export interface AnnotatorSetting {
  /** The name changes are stamped with: the saved one, else the suggestion. */
  name: string | null;
  /** Whether the user has chosen a name (false on first run: the window asks). */
  saved: boolean;
  /** What the window offers on first run: the operating system's user name. */
  suggested: string | null;
}

export interface SettingsStore {
  annotator(): AnnotatorSetting;
  /** Validates and keeps a new name; throws a VALIDATION error with the reason when it cannot be one. */
  setAnnotator(name: string): AnnotatorSetting;
  /** The team server, or null when none is set. */
  team(): TeamFile | null;
  /** Keeps the team server's setting (null: forgets it). */
  setTeam(team: TeamFile | null): void;
}

interface SettingsFile {
  annotator?: string;
  team?: TeamFile;
}

/** The saved settings; a missing or damaged file is no settings (first run), never an error. */
function readSettings(path: string | null): SettingsFile {
  if (path === null) return {};
  try {
    const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof raw !== 'object' || raw === null) return {};
    const { annotator: name, team: rawTeam } = raw as Record<string, unknown>;
    const team = readTeamFile(rawTeam);
    return {
      ...(typeof name === 'string' && annotatorNameProblem(name) === null ? { annotator: name } : {}),
      ...(team ? { team } : {}),
    };
  } catch {
    return {};
  }
}

/** The suggestion only when it could be a name: an OS user called "gold" is asked for another. */
const usable = (name: string | null): string | null =>
  name !== null && annotatorNameProblem(name) === null ? name : null;

/**
 * The settings kept at `path` (null: kept in memory only, for tests that
 * need no file), with `suggested` offered as the name until one is chosen.
 */
export function openSettings(path: string | null, suggested: string | null): SettingsStore {
  let current = readSettings(path);
  const offer = usable(suggested);
  const annotator = (): AnnotatorSetting => ({
    name: current.annotator ?? offer,
    saved: current.annotator !== undefined,
    suggested: offer,
  });
  const keep = (next: SettingsFile) => {
    if (path !== null) {
      const temp = `${path}.tmp`;
      writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
      renameSync(temp, path);
    }
    current = next;
  };
  return {
    annotator,
    setAnnotator: (name) => {
      const problem = annotatorNameRefusal(name);
      if (problem) throw new AppError('VALIDATION', problem);
      keep({ ...current, annotator: name });
      return annotator();
    },
    team: () => current.team ?? null,
    setTeam: (team) => keep({ ...current, team: team ?? undefined }),
  };
}
