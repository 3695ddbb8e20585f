import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src-main/ipc/sender.ts';

const APP = 'file:///opt/Annotator/resources/app.asar/out/renderer/index.html';
const DEV = 'http://localhost:5173/';

describe('isTrustedSender', () => {
  it('accepts the app page itself, also with a hash or query', () => {
    expect(isTrustedSender({ url: APP, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: `${APP}#/doc/3?x=1`, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', parent: null }, DEV)).toBe(true);
  });

  it('refuses other pages, other files, other origins and sub-frames', () => {
    const cases = [
      { url: 'file:///tmp/evil.html', parent: null },
      { url: 'file:///opt/Annotator/resources/app.asar/out/renderer/other.html', parent: null },
      { url: 'https://example.com/', parent: null },
      { url: APP, parent: {} },
      { url: 'not a url', parent: null },
    ];
    for (const frame of cases) expect(isTrustedSender(frame, APP), frame.url).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, DEV)).toBe(false);
    expect(isTrustedSender({ url: 'http://evil.localhost:5173/', parent: null }, DEV)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
  });
});
