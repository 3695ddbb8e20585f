/**
 * The English catalogue of every sentence the main side composes for the
 * window: one source for the CLI's English and the window's translations
 * (the Dutch is src-renderer/i18n/nl/main.ts; the compiler keeps it in step).
 * i18next syntax: `{{name}}`, `{{name, number}}`, plurals as `_one`/`_other`.
 */
import { check } from './en-check.ts';
import { losses } from './en-losses.ts';
import { readers } from './en-readers.ts';
import { records } from './en-records.ts';
import { refusals } from './en-refusals.ts';
import { scheme } from './en-scheme.ts';
import { schemeImport } from './en-scheme-import.ts';
import { system } from './en-system.ts';

export const mainEn = { records, refusals, scheme, losses, readers, check, schemeImport, system } as const;
