import type { app as en } from '../en/app.ts';
import type { Messages } from '../messages.ts';

export const app: Messages<typeof en> = {
  article: 'Artikel',
  attributesNeedSelection: 'Selecteer een annotatie om de kenmerken in te stellen.',
  curationBanner:
    'Curatieweergave: het artikel toont de goudstandaard, die je toetsen bewerken (ook ongedaan maken). G sluit haar.',
  openFromList: 'Open een document uit de lijst (pijltjestoetsen en Enter werken daar ook).',
};
