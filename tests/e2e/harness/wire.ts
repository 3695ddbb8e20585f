/**
 * How the harness page and its server talk over one WebSocket at SOCKET_PATH.
 * Each message is a head line and a body, so a 2 MB reply is never escaped
 * into another JSON string:
 *   page → server  `call <id> <method>` + request JSON (empty for none)
 *   server → page  `reply <id>` + reply JSON, `fail <id>` + why the call broke,
 *                  `event <channel>` + payload JSON
 */
export const SOCKET_PATH = '/__annotator';

export type Message =
  | { kind: 'call'; id: number; method: string; body: string }
  | { kind: 'reply' | 'fail'; id: number; body: string }
  | { kind: 'event'; channel: string; body: string };

export function encode(m: Message): string {
  switch (m.kind) {
    case 'call':
      return `call ${m.id} ${m.method}\n${m.body}`;
    case 'reply':
    case 'fail':
      return `${m.kind} ${m.id}\n${m.body}`;
    case 'event':
      return `event ${m.channel}\n${m.body}`;
  }
}

export function decode(text: string): Message {
  const newline = text.indexOf('\n');
  const head = (newline === -1 ? text : text.slice(0, newline)).split(' ');
  const body = newline === -1 ? '' : text.slice(newline + 1);
  const [kind, first = '', second = ''] = head;
  if (kind === 'call') return { kind, id: Number(first), method: second, body };
  if (kind === 'reply' || kind === 'fail') return { kind, id: Number(first), body };
  if (kind === 'event') return { kind, channel: first, body };
  throw new Error(`harness: unknown message "${head.join(' ')}"`);
}
