/**
 * The server end of a WebSocket (RFC 6455), text messages only: what the
 * harness needs to carry the page's calls, without a dependency. A round trip
 * over a WebSocket takes ~1.4 ms here against 5 to 6 ms for a fetch, whose
 * per-request cost in Chromium's network stack the benchmarks would otherwise
 * count as the app's (Electron's IPC costs well under a millisecond).
 * Chromium moves large messages slowly here (~7 MB/s: 200 ms for the 1.7 MB
 * of a million-character article), so messages over COMPRESS_FROM bytes go
 * compressed (permessage-deflate, RFC 7692), which every browser speaks.
 */
import { createHash } from 'node:crypto';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const ACCEPT_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;
const RSV1 = 0x40;
const COMPRESS_FROM = 64 * 1024;
/** What a deflate block flushed with Z_SYNC_FLUSH ends in; RFC 7692 leaves it off the wire. */
const SYNC_TAIL = Buffer.from([0x00, 0x00, 0xff, 0xff]);

export interface TextSocket {
  send(text: string): void;
  readonly closed: boolean;
}

function frame(opcode: number, payload: Buffer, compressed = false): Buffer {
  const n = payload.length;
  const first = 0x80 | (compressed ? RSV1 : 0) | opcode;
  const head =
    n < 126
      ? Buffer.from([first, n])
      : n < 0x10000
        ? Buffer.from([first, 126, n >> 8, n & 0xff])
        : Buffer.concat([Buffer.from([first, 127]), bigEndian64(n)]);
  return Buffer.concat([head, payload]);
}

function deflate(payload: Buffer): Buffer {
  const out = deflateRawSync(payload, { level: 1, finishFlush: constants.Z_SYNC_FLUSH });
  return out.subarray(0, out.length - SYNC_TAIL.length);
}

const inflate = (payload: Buffer): Buffer =>
  inflateRawSync(Buffer.concat([payload, SYNC_TAIL]), { finishFlush: constants.Z_SYNC_FLUSH });

function bigEndian64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** One frame from the front of `data`, or null until all of it has arrived. */
function parseFrame(
  data: Buffer,
): { fin: boolean; compressed: boolean; opcode: number; payload: Buffer; size: number } | null {
  if (data.length < 2) return null;
  const first = data.readUInt8(0);
  const second = data.readUInt8(1);
  let length = second & 0x7f;
  let at = 2;
  if (length === 126) {
    if (data.length < 4) return null;
    length = data.readUInt16BE(2);
    at = 4;
  } else if (length === 127) {
    if (data.length < 10) return null;
    length = Number(data.readBigUInt64BE(2));
    at = 10;
  }
  // Browsers always mask what they send.
  const masked = (second & 0x80) !== 0;
  const maskAt = at;
  if (masked) at += 4;
  if (data.length < at + length) return null;
  const payload = Buffer.from(data.subarray(at, at + length));
  if (masked)
    for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (data[maskAt + (i & 3)] ?? 0);
  return {
    fin: (first & 0x80) !== 0,
    compressed: (first & RSV1) !== 0,
    opcode: first & 0x0f,
    payload,
    size: at + length,
  };
}

/** Completes the upgrade of `req` and hands every text message that arrives to `onMessage`. */
export function acceptWebSocket(
  req: IncomingMessage,
  socket: Duplex,
  onMessage: (text: string, from: TextSocket) => void,
): TextSocket {
  const key = req.headers['sec-websocket-key'] ?? '';
  const accept = createHash('sha1').update(`${key}${ACCEPT_GUID}`).digest('base64');
  // No context kept between messages: each is compressed on its own, simple on both ends.
  const deflating = /permessage-deflate/.test(String(req.headers['sec-websocket-extensions'] ?? ''));
  const extension = deflating
    ? 'Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover\r\n'
    : '';
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n${extension}\r\n`,
  );
  if ('setNoDelay' in socket && typeof socket.setNoDelay === 'function') socket.setNoDelay(true);

  let closed = false;
  const peer: TextSocket = {
    send: (text) => {
      if (closed) return;
      const payload = Buffer.from(text, 'utf8');
      const compress = deflating && payload.length >= COMPRESS_FROM;
      socket.write(frame(OP_TEXT, compress ? deflate(payload) : payload, compress));
    },
    get closed() {
      return closed;
    },
  };
  let pending: Buffer = Buffer.alloc(0);
  let message: Buffer[] = [];
  let messageCompressed = false;
  socket.on('data', (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (let f = parseFrame(pending); f; f = parseFrame(pending)) {
      pending = pending.subarray(f.size);
      if (f.opcode === OP_CLOSE) {
        closed = true;
        socket.end(frame(OP_CLOSE, Buffer.alloc(0)));
        return;
      }
      if (f.opcode === OP_PING) socket.write(frame(OP_PONG, f.payload));
      if (f.opcode !== OP_TEXT && f.opcode !== OP_CONTINUATION) continue;
      // Only a message's first frame says whether it is compressed.
      if (f.opcode === OP_TEXT) messageCompressed = f.compressed;
      message.push(f.payload);
      if (!f.fin) continue;
      const whole = Buffer.concat(message);
      const text = (messageCompressed ? inflate(whole) : whole).toString('utf8');
      message = [];
      onMessage(text, peer);
    }
  });
  const end = () => (closed = true);
  socket.on('close', end);
  socket.on('error', end);
  return peer;
}
