/**
 * A disk that keeps only what was made durable, replayed from a syscall log:
 * the persistence model of the power-loss test (after ALICE and CrashMonkey).
 *
 * - A file's content is durable as of its last completed fsync or fdatasync
 *   (or, opened O_SYNC / O_DSYNC, as of each write). Writes and truncations
 *   since then may be lost.
 * - A name in the folder (create, rename, unlink) is durable only after an
 *   fsync of the folder itself; an fsync of the file does not make its name
 *   durable.
 * - A file written through a shared writable mapping has unknown content: its
 *   stores never reach the log, so after a cut it holds arbitrary bytes.
 * - sync() and syncfs() make everything durable.
 *
 * A cut either loses everything not yet durable (`cut()`), or (`cut(rand)`)
 * keeps any subset of the pending 512-byte sectors of each file and a prefix
 * of the pending name changes: the disk wrote back some of its cache in any
 * order, the file system's journal kept its metadata in order. Bytes no write
 * touched never change: the "powersafe overwrite" SQLite assumes.
 */
import { basename, dirname } from 'node:path';
import type { FsEvent } from './strace-log.ts';

const SECTOR = 512;

type ContentOp = { kind: 'write'; offset: number; data: Buffer } | { kind: 'truncate'; length: number };
type NameOp = { kind: 'link'; name: string; file: File } | { kind: 'unlink'; name: string };

/** A file's bytes, changed in place: the log holds thousands of writes to files of megabytes. */
class Content {
  private buf: Buffer;
  private length: number;

  constructor(initial: Buffer) {
    this.buf = Buffer.from(initial);
    this.length = initial.length;
  }

  private reserve(length: number): void {
    if (length <= this.buf.length) return;
    const grown = Buffer.alloc(Math.max(length, this.buf.length * 2));
    this.buf.copy(grown, 0, 0, this.length);
    this.buf = grown;
  }

  apply(op: ContentOp): void {
    const end = op.kind === 'truncate' ? op.length : op.offset + op.data.length;
    this.reserve(end);
    if (end > this.length) this.buf.fill(0, this.length, end);
    if (op.kind === 'truncate') this.length = op.length;
    else {
      op.data.copy(this.buf, op.offset);
      this.length = Math.max(this.length, end);
    }
  }

  /** A copy of the bytes as they are now. */
  bytes(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.length));
  }
}

interface File {
  current: Content;
  durable: Buffer;
  pending: ContentOp[];
  mappedShared: boolean;
}

interface OpenFile {
  file: File | 'folder';
  sync: boolean;
}

function newFile(content: Buffer): File {
  return { current: new Content(content), durable: content, pending: [], mappedShared: false };
}

/** A write split at sector boundaries, so a cut can keep some of its sectors and not others. */
function sectors(op: ContentOp): ContentOp[] {
  if (op.kind === 'truncate') return [op];
  const out: ContentOp[] = [];
  for (let at = op.offset; at < op.offset + op.data.length;) {
    const next = Math.min(op.offset + op.data.length, (Math.floor(at / SECTOR) + 1) * SECTOR);
    out.push({ kind: 'write', offset: at, data: op.data.subarray(at - op.offset, next - op.offset) });
    at = next;
  }
  return out;
}

export class PersistenceModel {
  private readonly names = new Map<string, File>();
  private durableNames = new Map<string, File>();
  private pendingNames: NameOp[] = [];
  private readonly fds = new Map<number, OpenFile>();
  private readonly folder: string;

  /** `folder` is the one folder modelled; `files` its content, durable when the log starts. */
  constructor(folder: string, files: ReadonlyMap<string, Buffer>) {
    this.folder = folder;
    for (const [name, content] of files) {
      this.names.set(name, newFile(content));
    }
    this.durableNames = new Map(this.names);
  }

  /** The name of a path inside the folder, or null for a path elsewhere (not modelled). */
  private nameOf(path: string): string | null {
    if (path === this.folder) return null;
    if (dirname(path) === this.folder) return basename(path);
    if (path.startsWith(`${this.folder}/`)) throw new Error(`power-loss model: ${path} is in a subfolder`);
    return null;
  }

  private changeContent(file: File, op: ContentOp, sync: boolean): void {
    file.current.apply(op);
    file.pending.push(op);
    if (sync) this.syncFile(file);
  }

  private syncFile(file: File): void {
    file.durable = file.current.bytes();
    file.pending = [];
  }

  private changeName(op: NameOp): void {
    if (op.kind === 'link') this.names.set(op.name, op.file);
    else this.names.delete(op.name);
    this.pendingNames.push(op);
  }

  private tracked(fd: number): OpenFile | undefined {
    return this.fds.get(fd);
  }

  /** Whether the descriptor is open on the folder or a file in it. */
  models(fd: number): boolean {
    return this.fds.has(fd);
  }

  apply(e: FsEvent): void {
    switch (e.kind) {
      case 'open': {
        this.fds.delete(e.fd);
        if (e.path === this.folder) {
          this.fds.set(e.fd, { file: 'folder', sync: false });
          return;
        }
        const name = this.nameOf(e.path);
        if (name === null) return;
        let file = this.names.get(name);
        if (!file) {
          if (!e.create) throw new Error(`power-loss model: ${name} opened but never created`);
          file = newFile(Buffer.alloc(0));
          this.changeName({ kind: 'link', name, file });
        }
        if (e.truncate) this.changeContent(file, { kind: 'truncate', length: 0 }, e.sync);
        this.fds.set(e.fd, { file, sync: e.sync });
        return;
      }
      case 'close':
        this.fds.delete(e.fd);
        return;
      case 'dup': {
        const open = this.tracked(e.fd);
        if (open) this.fds.set(e.newFd, open);
        else this.fds.delete(e.newFd);
        return;
      }
      case 'write': {
        const open = this.tracked(e.fd);
        if (!open) return;
        if (open.file === 'folder') throw new Error('power-loss model: write to the folder');
        if (e.offset === null)
          throw new Error('power-loss model: write at the file position (only pwrite is modelled)');
        this.changeContent(open.file, { kind: 'write', offset: e.offset, data: e.data }, open.sync);
        return;
      }
      case 'truncate': {
        const open = this.tracked(e.fd);
        if (!open) return;
        if (open.file === 'folder') throw new Error('power-loss model: truncate of the folder');
        this.changeContent(open.file, { kind: 'truncate', length: e.length }, open.sync);
        return;
      }
      case 'truncatePath': {
        const name = this.nameOf(e.path);
        const file = name === null ? undefined : this.names.get(name);
        if (file) this.changeContent(file, { kind: 'truncate', length: e.length }, false);
        return;
      }
      case 'fallocate':
        if (this.tracked(e.fd)) throw new Error('power-loss model: fallocate is not modelled');
        return;
      case 'rename': {
        const from = this.nameOf(e.from);
        const to = this.nameOf(e.to);
        if (from === null && to === null) return;
        const file = from === null ? undefined : this.names.get(from);
        if (from === null || to === null || !file)
          throw new Error(`power-loss model: rename ${e.from} → ${e.to} crosses the folder`);
        this.changeName({ kind: 'unlink', name: from });
        this.changeName({ kind: 'link', name: to, file });
        return;
      }
      case 'unlink': {
        const name = this.nameOf(e.path);
        if (name !== null) this.changeName({ kind: 'unlink', name });
        return;
      }
      case 'fsync': {
        const open = this.tracked(e.fd);
        if (!open) return;
        if (open.file === 'folder') {
          this.durableNames = new Map(this.names);
          this.pendingNames = [];
        } else this.syncFile(open.file);
        return;
      }
      case 'syncAll':
        for (const file of this.names.values()) this.syncFile(file);
        this.durableNames = new Map(this.names);
        this.pendingNames = [];
        return;
      case 'mmapShared': {
        const open = this.tracked(e.fd);
        if (open && open.file !== 'folder') open.file.mappedShared = true;
        return;
      }
    }
  }

  /**
   * The folder as a power cut now would leave it. Without `rand`, nothing that
   * was not durable survives; with it, a random part of what was pending does.
   */
  cut(rand?: () => number): Map<string, Buffer> {
    const names = new Map(this.durableNames);
    if (rand) {
      const kept = Math.floor(rand() * (this.pendingNames.length + 1));
      for (const op of this.pendingNames.slice(0, kept)) {
        if (op.kind === 'link') names.set(op.name, op.file);
        else names.delete(op.name);
      }
    }
    const out = new Map<string, Buffer>();
    for (const [name, file] of names) {
      let content = file.durable;
      if (rand && file.pending.length > 0) {
        const partly = new Content(file.durable);
        for (const op of file.pending.flatMap(sectors)) if (rand() < 0.5) partly.apply(op);
        content = partly.bytes();
      }
      // A cut keeps the size the file last had durably; what fills it is unknown.
      if (file.mappedShared) content = garbage(content.length, rand ?? seeded(1));
      out.set(name, content);
    }
    return out;
  }
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function garbage(length: number, rand: () => number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i + 4 <= length; i += 4) out.writeUInt32LE(Math.floor(rand() * 2 ** 32), i);
  return out;
}
