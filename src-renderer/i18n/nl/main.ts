import type { mainEn } from '../../../src-main/text/messages/en.ts';
import type { Messages } from '../messages.ts';
import { check } from './main/check.ts';
import { losses } from './main/losses.ts';
import { readers } from './main/readers.ts';
import { records } from './main/records.ts';
import { refusals } from './main/refusals.ts';
import { scheme } from './main/scheme.ts';
import { schemeImport } from './main/scheme-import.ts';
import { system } from './main/system.ts';

/** Wat de hoofdkant (database, import, export) zegt, in het Nederlands: src-main/text/messages/en.ts vertaald. */
export const main: Messages<typeof mainEn> = {
  records,
  refusals,
  scheme,
  losses,
  readers,
  check,
  schemeImport,
  system,
};
