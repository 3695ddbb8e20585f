import 'i18next';
import type { en } from './en/index.ts';

// Keys are checked by the compiler: `t('common:save')` must exist in English.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
