// Preloaded into Electronegativity by check-electronegativity.mjs: the audit
// runs offline. The tool looks up translations and Electron releases online
// through got, and got retries a failed DNS lookup on a timer after the tool
// has given up on the request, which crashes the process (p-cancelable:
// "onCancel handler attached after the promise settled") before its report is
// written. A lookup error got does not retry ends the request at once.
import dns from 'node:dns';

dns.lookup = (hostname, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error(`audit:electron runs offline (no lookup of ${hostname})`), {
    code: 'EAUDITOFFLINE',
    hostname,
  });
  process.nextTick(() => done(error));
};
