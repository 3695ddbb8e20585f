import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATUSES } from '../../../src-main/db/model.ts';
import { KEYS, rowKeysText } from '../../../src-main/ipc/keys.ts';
import { STATUS_ORDER, statusKey } from '../../../src-renderer/state/statuses.ts';
import { STATUS_WORDS } from '../../../src-main/text/status-words.ts';

describe('statuses in the window', () => {
  it('shows every status of the model, in the model order', () => {
    expect(STATUS_ORDER).toEqual(DOCUMENT_STATUSES);
  });

  it('gives every status its own Alt + digit, and names it in the keyboard overview', () => {
    for (const [i, status] of DOCUMENT_STATUSES.entries()) {
      expect(statusKey(status)).toBe(`Alt+${i + 1}`);
      expect(KEYS.status.description).toContain(STATUS_WORDS[status]);
    }
    expect([rowKeysText(KEYS.status), KEYS.status.description]).toEqual([
      'Alt + 1 / 2 / 3',
      'Mark the document to do / in progress / done',
    ]);
  });
});
