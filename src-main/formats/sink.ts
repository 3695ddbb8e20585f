/** Where a format export's outputs go: appended to one file (here), or written as files of a folder (folder-sink.ts). */
import { closeSync, fsyncSync, writeSync } from 'node:fs';
import { createTempFor, discardTempFile, placeTempFile } from '../corpus/output-path.ts';
import type { ConvertedPage } from './page-convert.ts';
import type { Output } from './types.ts';

export interface Sink {
  write(outputs: readonly Output[]): void;
  /** A page converted on an export-page thread: its files' bytes, in order. */
  writePage(page: ConvertedPage): void;
  /** Puts the complete output in place. */
  finish(): Promise<void>;
  /** Removes what was written. */
  discard(): void;
}

/** Output gathered up to this many characters before one write: one syscall per record was a third of the time. */
const WRITE_CHUNK = 1 << 20;

export function fileSink(path: string): Sink {
  const temp = createTempFor(path);
  let open = true;
  let pending: string[] = [];
  let pendingLength = 0;
  const writeAll = (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length;) at += writeSync(temp.fd, bytes, at);
  };
  const flush = () => {
    writeAll(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  const close = () => {
    if (open) closeSync(temp.fd);
    open = false;
  };
  return {
    write(outputs) {
      for (const o of outputs) {
        if (o.path !== '') throw new Error(`a one-file format wrote ${o.path}`);
        pending.push(o.text);
        pendingLength += o.text.length;
      }
      if (pendingLength >= WRITE_CHUNK) flush();
    },
    writePage({ bytes, files }) {
      for (const f of files) if (f.path !== '') throw new Error(`a one-file format wrote ${f.path}`);
      if (pending.length > 0) flush();
      writeAll(bytes);
    },
    finish() {
      flush();
      fsyncSync(temp.fd);
      close();
      placeTempFile(temp);
      return Promise.resolve();
    },
    discard() {
      close();
      discardTempFile(temp);
    },
  };
}
