import type { system as en } from '../../../../src-main/text/messages/en-system.ts';
import type { Messages } from '../../messages.ts';

/** De bestandsfouten van het besturingssysteem die het vaakst voorkomen. De systeemaanroep en paden blijven zoals ze zijn. */
export const system: Messages<typeof en> = {
  ENOENT: 'bestand of map bestaat niet ({{call}})',
  EACCES: 'geen toestemming ({{call}})',
  EPERM: 'bewerking niet toegestaan ({{call}})',
  EISDIR: 'dit is een map, geen bestand ({{call}})',
  ENOTDIR: 'geen map ({{call}})',
  EEXIST: 'bestand bestaat al ({{call}})',
  ENOSPC: 'geen ruimte meer op het apparaat ({{call}})',
  EROFS: 'alleen-lezen bestandssysteem ({{call}})',
  EMFILE: 'te veel geopende bestanden ({{call}})',
  EBUSY: 'bron is bezet of vergrendeld ({{call}})',
  ENAMETOOLONG: 'naam te lang ({{call}})',
};
