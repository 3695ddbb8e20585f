import type { en } from '../en/index.ts';
import type { Messages } from '../messages.ts';
import { common } from './common.ts';
import { editor } from './editor.ts';
import { agreement } from './agreement.ts';
import { find } from './find.ts';
import { frame } from './frame.ts';
import { scheme } from './scheme.ts';
import { suggest } from './suggest.ts';
import { team } from './team.ts';

export const nl: Messages<typeof en> = { common, editor, scheme, find, frame, suggest, agreement, team };
