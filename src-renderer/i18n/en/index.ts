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
import { mainEn } from '../../../src-main/text/messages/en.ts';

/** Every namespace of the English messages: one file per part of the window. */
export const en = {
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
  main: mainEn,
} as const;
