import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isSafeExternalUrl,
  navigationAction,
  permissionDecision,
  webPreferences,
  windowOpenAction,
} from '../../../src-main/app/security.ts';

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('shell security settings', () => {
  it('isolates the renderer from Node and sandboxes it', () => {
    expect(webPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
    });
    expect(webPreferences('/p')).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences('/p')).not.toHaveProperty('additionalArguments');
  });

  it('has a CSP without inline or remote script, plugins, framing or form posts', () => {
    const csp = directives(contentSecurityPolicy({ delivery: 'header' }));
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives(contentSecurityPolicy({ delivery: 'meta' }))['frame-ancestors']).toBeUndefined();
  });

  it('allows the dev server origin only when one is given', () => {
    const csp = directives(
      contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/', delivery: 'header' }),
    );
    expect(csp['script-src']).toEqual(["'self'", 'http://localhost:5173']);
    expect(csp['connect-src']).toContain('ws://localhost:5173');
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
  });

  it('opens only plain https links externally', () => {
    expect(isSafeExternalUrl('https://spacy.io/usage')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@example.com',
      'smb://host/share',
      'nonsense',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('never navigates away from the app page; safe links go to the system browser', () => {
    const home = 'file:///opt/app/out/renderer/index.html';
    expect(navigationAction(home, home)).toBe('allow');
    expect(navigationAction(`${home}#help`, home)).toBe('allow');
    expect(navigationAction('file:///opt/app/out/renderer/other.html', home)).toBe('deny');
    expect(navigationAction('file:///etc/passwd', home)).toBe('deny');
    expect(navigationAction('http://example.com/', home)).toBe('deny');
    expect(navigationAction('javascript:alert(1)', home)).toBe('deny');
    expect(navigationAction('not a url', home)).toBe('deny');
    expect(navigationAction('https://spacy.io/', home)).toBe('open-external');
    const dev = 'http://localhost:5173/';
    expect(navigationAction(dev, dev)).toBe('allow');
    expect(navigationAction('http://localhost:5174/', dev)).toBe('deny');
    expect(navigationAction('http://127.0.0.1:5173/', dev)).toBe('deny');
  });

  it('opens no window of its own: window.open is denied, safe links go outside', () => {
    expect(windowOpenAction('https://spacy.io/usage')).toBe('open-external');
    for (const url of [
      'file:///opt/app/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'https://u:p@example.com/',
      '',
    ]) {
      expect(windowOpenAction(url), url).toBe('deny');
    }
  });

  it('denies every permission request', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      expect(permissionDecision(p)).toBe(false);
    }
  });
});
