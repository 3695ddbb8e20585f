/**
 * The Agreement screen's call: part of the one contract (contract.ts spreads
 * it into its `requests` and `Responses`).
 */
import { z } from 'zod';
import type { AgreementView } from '../agreement/view.ts';

const name = z.string().min(1).max(128);

export const agreementRequests = {
  /** Every pair's figures, alpha_u, and per pair and label the documents they disagree on most. */
  'agreement.get': z.strictObject({
    annotators: z.array(name).min(2).max(100).optional(),
    labels: z.array(name).min(1).max(1000).optional(),
  }),
};

export interface AgreementResponses {
  'agreement.get': AgreementView;
}
