import type { en } from '../en/index.ts';
import type { Messages } from '../messages.ts';
import { common } from './common.ts';

export const nl: Messages<typeof en> = { common };
