/**
 * The operating system's words for the file errors a user meets most, as
 * Node words them (`ENOENT: no such file or directory, open '/x'`): the
 * English renders Node's message exactly, so the CLI prints what it did;
 * `call` is the system call and its paths, quoted, left as they are.
 */
export const system = {
  ENOENT: 'ENOENT: no such file or directory, {{call}}',
  EACCES: 'EACCES: permission denied, {{call}}',
  EPERM: 'EPERM: operation not permitted, {{call}}',
  EISDIR: 'EISDIR: illegal operation on a directory, {{call}}',
  ENOTDIR: 'ENOTDIR: not a directory, {{call}}',
  EEXIST: 'EEXIST: file already exists, {{call}}',
  ENOSPC: 'ENOSPC: no space left on device, {{call}}',
  EROFS: 'EROFS: read-only file system, {{call}}',
  EMFILE: 'EMFILE: too many open files, {{call}}',
  EBUSY: 'EBUSY: resource busy or locked, {{call}}',
  ENAMETOOLONG: 'ENAMETOOLONG: name too long, {{call}}',
} as const;
