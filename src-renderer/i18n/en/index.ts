import { common } from './common.ts';
import { editor } from './editor.ts';
import { agreement } from './agreement.ts';
import { find } from './find.ts';
import { frame } from './frame.ts';
import { scheme } from './scheme.ts';
import { suggest } from './suggest.ts';
import { team } from './team.ts';

/** Every namespace of the English messages: one file per part of the window. */
export const en = { common, editor, scheme, find, frame, suggest, agreement, team } as const;
