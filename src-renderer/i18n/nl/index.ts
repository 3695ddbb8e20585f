import type { en } from '../en/index.ts';
import type { Messages } from '../messages.ts';
import { app } from './app.ts';
import { common } from './common.ts';
import { keys } from './keys.ts';
import { panels } from './panels.ts';
import { state } from './state.ts';

export const nl: Messages<typeof en> = { common, app, panels, state, keys };
