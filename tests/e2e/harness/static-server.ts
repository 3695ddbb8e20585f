import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Duplex } from 'node:stream';
import { acceptWebSocket, type TextSocket } from './web-socket.ts';
import { decode, encode, SOCKET_PATH } from './wire.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Answers one call from the page: the reply as JSON text. */
export type InvokeHandler = (method: string, json: string) => Promise<string>;

export interface Served {
  url: string;
  server: Server;
  /** Sends an event to every page connected. */
  emit(channel: string, json: string): void;
}

/**
 * Serves the built renderer on 127.0.0.1 (module scripts do not load from
 * file://) and answers the page's calls to the main
 * process over a WebSocket (wire.ts), which also carries the events back.
 */
export function serve(root: string, invoke: InvokeHandler): Promise<Served> {
  const pages = new Set<TextSocket>();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== SOCKET_PATH) {
      socket.destroy();
      return;
    }
    const page = acceptWebSocket(req, socket, (text, from) => {
      const call = decode(text);
      if (call.kind !== 'call') return;
      invoke(call.method, call.body).then(
        (body) => from.send(encode({ kind: 'reply', id: call.id, body })),
        (e: unknown) => from.send(encode({ kind: 'fail', id: call.id, body: String(e) })),
      );
    });
    pages.add(page);
    socket.on('close', () => pages.delete(page));
  });
  const emit = (channel: string, body: string) => {
    for (const page of pages) page.send(encode({ kind: 'event', channel, body }));
  };
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, server, emit });
    });
  });
}
