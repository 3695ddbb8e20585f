import { common } from './common.ts';

/** Every namespace of the English messages: one file per part of the window. */
export const en = { common } as const;
