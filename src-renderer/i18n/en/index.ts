import { app } from './app.ts';
import { common } from './common.ts';
import { keys } from './keys.ts';
import { panels } from './panels.ts';
import { state } from './state.ts';

/** Every namespace of the English messages: one file per part of the window. */
export const en = { common, app, panels, state, keys } as const;
