import { agreementView } from '../agreement/view.ts';
import type { AgreementResponses } from './contract-agreement.ts';
import type { Handlers } from './handlers.ts';
import type { Services } from './services.ts';

/** The Agreement screen's part of the handler table: it runs where the handlers do, in the database thread. */
export function agreementHandlers(services: Services): Pick<Handlers, keyof AgreementResponses> {
  return {
    'agreement.get': (r) => agreementView(services.db, r),
  };
}
