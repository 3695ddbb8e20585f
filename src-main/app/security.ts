/**
 * The security settings of the shell, as plain data and pure functions so
 * they are unit-tested without Electron. Follows Electron's security
 * checklist; see build/electronegativity-justifications.md for the audit.
 */
import type { WebPreferences } from 'electron';

export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A middle click would ask for a new window; the open handler denies it anyway.
    disableBlinkFeatures: 'Auxclick',
    // A page stuck in an alert() loop can be stopped by the user.
    safeDialogs: true,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/**
 * No inline or remote script, no plugins, no framing, no form posts.
 * Inline styles stay allowed: React and Lexical set `style` attributes for
 * highlight colours and layout, and a style attribute cannot run code.
 * In development Vite's dev server needs its origin and websocket.
 */
export function contentSecurityPolicy(options: {
  devServerUrl?: string | undefined;
  delivery: 'header' | 'meta';
}): string {
  const { devServerUrl, delivery } = options;
  const dev = devServerUrl ? new URL(devServerUrl) : null;
  const self = dev ? `'self' ${dev.origin}` : "'self'";
  const connect = dev ? `'self' ${dev.origin} ws://${dev.host}` : "'self'";
  return [
    "default-src 'none'",
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Browsers ignore frame-ancestors in a meta tag (and warn), so only the header carries it.
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
    "frame-src 'none'",
    "worker-src 'none'",
  ].join('; ');
}

/** Links the app may hand to the system browser: plain https, no credentials. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
  } catch {
    return false;
  }
}

export type LinkAction = 'allow' | 'open-external' | 'deny';

/**
 * What `will-navigate` does with a navigation the page starts. The page is one
 * document that talks to main over IPC, so it never goes anywhere: only a
 * reload of the app page itself stays (Vite's dev server reloads the page),
 * a safe https link goes to the system browser, and everything else is dropped.
 */
export function navigationAction(target: string, rendererUrl: string): LinkAction {
  try {
    const to = new URL(target);
    const home = new URL(rendererUrl);
    if (to.protocol === home.protocol && to.host === home.host && to.pathname === home.pathname) {
      return 'allow';
    }
  } catch {
    return 'deny';
  }
  return isSafeExternalUrl(target) ? 'open-external' : 'deny';
}

/** What `setWindowOpenHandler` does: the app never opens a second window of its own. */
export const windowOpenAction = (target: string): Exclude<LinkAction, 'allow'> =>
  isSafeExternalUrl(target) ? 'open-external' : 'deny';

/** Camera, microphone, notifications, geolocation…: an annotation tool needs none. */
export const permissionDecision = (_permission: string): boolean => false;
