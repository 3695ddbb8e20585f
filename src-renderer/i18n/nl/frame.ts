import type { frame as en } from '../en/frame.ts';
import type { Messages } from '../messages.ts';

export const frame: Messages<typeof en> = {
  hint: {
    filled:
      'Deze gebeurtenis heeft al een {{role}} (“{{text}}”): haal die eerst weg in het gebeurtenisframe.',
    noCandidates: 'Er is geen {{labels}} meer om als {{role}} te koppelen: annoteer er eerst een.',
    noRole: 'Geen enkele rol koppelt {{from}} aan {{to}}.',
  },
};
