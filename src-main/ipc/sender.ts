/**
 * Only the app's own page may call the main process: not an iframe inside it,
 * not a page it was tricked into navigating to. Pure, so it is tested without
 * Electron; the shell passes `event.senderFrame`.
 */
export interface FrameLike {
  url: string;
  /** Null for a top-level frame. */
  parent: unknown;
}

/**
 * `rendererUrl` is where the app loads its page: a `file://` URL of the built
 * index.html, or the dev server's URL in development.
 */
export function isTrustedSender(frame: FrameLike | null | undefined, rendererUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  let sender: URL;
  let trusted: URL;
  try {
    sender = new URL(frame.url);
    trusted = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (trusted.protocol === 'file:') {
    // file: URLs have no origin worth comparing: the exact page must match.
    return (
      sender.protocol === 'file:' && sender.host === trusted.host && sender.pathname === trusted.pathname
    );
  }
  return sender.origin === trusted.origin;
}
