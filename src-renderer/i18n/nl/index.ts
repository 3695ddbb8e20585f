import type { en } from '../en/index.ts';
import type { Messages } from '../messages.ts';
import { app } from './app.ts';
import { common } from './common.ts';
import { editor } from './editor.ts';
import { agreement } from './agreement.ts';
import { find } from './find.ts';
import { frame } from './frame.ts';
import { scheme } from './scheme.ts';
import { suggest } from './suggest.ts';
import { team } from './team.ts';
import { keys } from './keys.ts';
import { panels } from './panels.ts';
import { state } from './state.ts';
import { sync } from './sync.ts';
import { main } from './main.ts';

export const nl: Messages<typeof en> = {
  common,
  app,
  panels,
  state,
  keys,
  editor,
  scheme,
  find,
  frame,
  suggest,
  agreement,
  team,
  sync,
  main,
};
