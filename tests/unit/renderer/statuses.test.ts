import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATUSES } from '../../../src-main/db/model.ts';
import {
  STATUS_KEYS_ROW,
  STATUS_ORDER,
  statusDigit,
  statusOfDigit,
} from '../../../src-renderer/state/statuses.ts';
import { STATUS_TEXT } from '../../../src-renderer/state/wording.ts';

describe('statuses in the window', () => {
  it('shows every status of the model, in the model order', () => {
    expect(STATUS_ORDER).toEqual(DOCUMENT_STATUSES);
  });

  it('gives every status its own Alt + digit, and names it in the keyboard overview', () => {
    for (const status of DOCUMENT_STATUSES) {
      expect(statusOfDigit(statusDigit(status))).toBe(status);
      expect(STATUS_KEYS_ROW[0]).toContain(statusDigit(status));
      expect(STATUS_KEYS_ROW[1]).toContain(STATUS_TEXT[status].toLowerCase());
    }
    expect(STATUS_KEYS_ROW).toEqual(['Alt + 1 / 2 / 3', 'Mark the document to do / in progress / done']);
  });

  it('sets no status with a digit past the last one', () => {
    expect(statusOfDigit(String(DOCUMENT_STATUSES.length + 1))).toBeUndefined();
    expect(statusOfDigit('0')).toBeUndefined();
  });
});
