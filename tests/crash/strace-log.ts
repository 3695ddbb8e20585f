/**
 * Reads a log written by `strace -f -y -xx` into the file-system events the
 * power-loss model replays. Every line of a traced call is either understood
 * or an error: a call the model cannot place must not be dropped silently.
 */

/** The syscalls strace records; `STRACE_ARGS` and the parser below share this list. */
export const TRACED_SYSCALLS = [
  'open',
  'openat',
  'creat',
  'close',
  'dup',
  'dup2',
  'dup3',
  'write',
  'writev',
  'pwrite64',
  'pwritev',
  'pwritev2',
  'ftruncate',
  'truncate',
  'fallocate',
  'rename',
  'renameat',
  'renameat2',
  'unlink',
  'unlinkat',
  'fsync',
  'fdatasync',
  'sync',
  'syncfs',
  'mmap',
] as const;

/** Full hex dumps of every string (paths included) and of written data up to 1 MiB. */
export const STRACE_ARGS = [
  '-f',
  '--seccomp-bpf',
  '-y',
  '-xx',
  '-s',
  String(1 << 20),
  '-e',
  `trace=${TRACED_SYSCALLS.join(',')}`,
];

export type FsEvent =
  | { kind: 'open'; fd: number; path: string; create: boolean; truncate: boolean; sync: boolean }
  | { kind: 'close'; fd: number }
  | { kind: 'dup'; fd: number; newFd: number }
  /** offset null: at the file position (write, writev). */
  | { kind: 'write'; fd: number; offset: number | null; data: Buffer }
  | { kind: 'truncate'; fd: number; length: number }
  | { kind: 'truncatePath'; path: string; length: number }
  | { kind: 'fallocate'; fd: number }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'unlink'; path: string }
  | { kind: 'fsync'; fd: number }
  | { kind: 'syncAll' }
  | { kind: 'mmapShared'; fd: number };

const LINE = /^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+|0x[0-9a-f]+)(?:<([^>]*)>)?(?:\s.*)?$/;
const UNFINISHED = /^(\d+)\s+(.*) <unfinished \.\.\.>$/;
const RESUMED = /^(\d+)\s+<\.\.\. (\w+) resumed>(.*)$/;
const NOISE = /^\d+\s+(\+\+\+ |--- )/;

function unhex(escaped: string): Buffer {
  if (!/^(\\x[0-9a-f]{2})*$/.test(escaped))
    throw new Error(`strace log: not a hex string: ${escaped.slice(0, 60)}`);
  return Buffer.from(escaped.replaceAll('\\x', ''), 'hex');
}

/** Splits an argument list at top-level commas (strings under -xx hold no quotes or commas). */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (args.trim()) out.push(args.slice(start).trim());
  return out;
}

/** `5</path>` → 5 and the path; `AT_FDCWD</cwd>` → the cwd. */
function fdArg(arg: string | undefined): { fd: number; path: string | null } {
  const m = /^(-?\d+|AT_FDCWD)(?:<([^>]*)>)?(?:\(deleted\))?$/.exec(arg ?? '');
  if (!m?.[1]) throw new Error(`strace log: not a file descriptor: ${arg}`);
  return { fd: m[1] === 'AT_FDCWD' ? -100 : Number(m[1]), path: m[2] ? unhex(m[2]).toString() : null };
}

function stringArg(arg: string | undefined): Buffer {
  const m = /^"([^"]*)"(\.\.\.)?$/.exec(arg ?? '');
  if (!m) throw new Error(`strace log: not a string: ${(arg ?? '').slice(0, 60)}`);
  if (m[2]) throw new Error('strace log: a written buffer was cut short (raise -s)');
  return unhex(m[1] ?? '');
}

/** Data of an iovec array, cut to what the call returned. */
function iovData(arg: string | undefined, written: number): Buffer {
  const parts = [...(arg ?? '').matchAll(/iov_base="([^"]*)"(\.\.\.)?/g)].map((m) => {
    if (m[2]) throw new Error('strace log: a written buffer was cut short (raise -s)');
    return unhex(m[1] ?? '');
  });
  return Buffer.concat(parts).subarray(0, written);
}

function pathAt(dirArg: string | undefined, nameArg: string | undefined): string {
  const name = stringArg(nameArg).toString();
  if (name.startsWith('/')) return name;
  const dir = dirArg === undefined ? null : fdArg(dirArg).path;
  if (!dir) throw new Error(`strace log: relative path ${name} with no known folder`);
  return `${dir}/${name}`;
}

function event(name: string, args: string[], ret: number, retPath: string | null): FsEvent | null {
  switch (name) {
    case 'open':
    case 'openat':
    case 'creat': {
      const flags = name === 'creat' ? 'O_CREAT|O_TRUNC|O_WRONLY' : (args[name === 'open' ? 1 : 2] ?? '');
      if (!retPath) throw new Error(`strace log: ${name} returned fd ${ret} without its path`);
      return {
        kind: 'open',
        fd: ret,
        path: retPath,
        create: flags.includes('O_CREAT'),
        truncate: flags.includes('O_TRUNC'),
        sync: /O_(D)?SYNC/.test(flags),
      };
    }
    case 'close':
      return { kind: 'close', fd: fdArg(args[0]).fd };
    case 'dup':
    case 'dup2':
    case 'dup3':
      return { kind: 'dup', fd: fdArg(args[0]).fd, newFd: ret };
    case 'write':
      return {
        kind: 'write',
        fd: fdArg(args[0]).fd,
        offset: null,
        data: stringArg(args[1]).subarray(0, ret),
      };
    case 'pwrite64':
      return {
        kind: 'write',
        fd: fdArg(args[0]).fd,
        offset: Number(args[3]),
        data: stringArg(args[1]).subarray(0, ret),
      };
    case 'writev':
      return { kind: 'write', fd: fdArg(args[0]).fd, offset: null, data: iovData(args[1], ret) };
    case 'pwritev':
    case 'pwritev2':
      return { kind: 'write', fd: fdArg(args[0]).fd, offset: Number(args[3]), data: iovData(args[1], ret) };
    case 'ftruncate':
      return { kind: 'truncate', fd: fdArg(args[0]).fd, length: Number(args[1]) };
    case 'truncate':
      return { kind: 'truncatePath', path: pathAt(undefined, args[0]), length: Number(args[1]) };
    case 'fallocate':
      return { kind: 'fallocate', fd: fdArg(args[0]).fd };
    case 'rename':
      return { kind: 'rename', from: pathAt(undefined, args[0]), to: pathAt(undefined, args[1]) };
    case 'renameat':
    case 'renameat2':
      return { kind: 'rename', from: pathAt(args[0], args[1]), to: pathAt(args[2], args[3]) };
    case 'unlink':
      return { kind: 'unlink', path: pathAt(undefined, args[0]) };
    case 'unlinkat':
      return { kind: 'unlink', path: pathAt(args[0], args[1]) };
    case 'fsync':
    case 'fdatasync':
      return { kind: 'fsync', fd: fdArg(args[0]).fd };
    case 'sync':
    case 'syncfs':
      return { kind: 'syncAll' };
    case 'mmap': {
      const shared = /MAP_SHARED/.test(args[3] ?? '') && /PROT_WRITE/.test(args[2] ?? '');
      const fd = args[4] === '-1' ? -1 : fdArg(args[4]).fd;
      return shared && fd >= 0 ? { kind: 'mmapShared', fd } : null;
    }
    default:
      throw new Error(`strace log: unexpected syscall ${name}`);
  }
}

/** The events of a log in the order their calls returned; failed calls changed nothing and are left out. */
export function parseStraceLog(log: string): FsEvent[] {
  const events: FsEvent[] = [];
  const unfinished = new Map<string, string>();
  for (const raw of log.split('\n')) {
    if (!raw || NOISE.test(raw)) continue;
    let line = raw;
    const open = UNFINISHED.exec(line);
    if (open?.[1] && open[2] !== undefined) {
      unfinished.set(open[1], open[2]);
      continue;
    }
    const resumed = RESUMED.exec(line);
    if (resumed?.[1]) {
      const head = unfinished.get(resumed[1]);
      if (head === undefined) throw new Error(`strace log: resumed call with no start: ${line.slice(0, 80)}`);
      unfinished.delete(resumed[1]);
      line = `${resumed[1]} ${head}${resumed[3] ?? ''}`;
    }
    const m = LINE.exec(line);
    if (!m?.[2] || m[3] === undefined || m[4] === undefined) {
      throw new Error(`strace log: cannot read line: ${line.slice(0, 120)}`);
    }
    const ret = Number(m[4]);
    if (ret < 0) continue;
    const e = event(m[2], splitArgs(m[3]), ret, m[5] ? unhex(m[5]).toString() : null);
    if (e) events.push(e);
  }
  return events;
}
