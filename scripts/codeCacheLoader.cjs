// Starts a bundle through V8's code cache: compiling a two-megabyte bundle, and then its functions as they first run,
// costs a third of the start of the server or the command line. The cache is made the first time (and whenever Node,
// its flags or the bundle change), after the run has done its work, and kept next to the bundle when that folder is
// writable; otherwise the bundle is compiled as usual. `BUNDLE` is replaced by the build with the bundle's file name.
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { wrap } = require('node:module');

const file = join(__dirname, 'BUNDLE');
const cacheFile = `${file}.cache`;
const info = statSync(file);
// What the cached code depends on: the bundle as built, and the Node that compiled it with its flags.
const key = Buffer.from(
  [process.version, process.arch, info.size, info.mtimeMs, process.execArgv.join(' ')].join('\u0000') + '\n',
);

let cached;
try {
  const stored = readFileSync(cacheFile);
  if (stored.subarray(0, key.length).equals(key)) cached = stored.subarray(key.length);
} catch {
  // No cache yet.
}
const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
const script = new Script(wrap(source), { filename: file, cachedData: cached });
if (cached === undefined || script.cachedDataRejected) {
  // Made at exit, so that it holds the functions this run compiled; a run that fails to write it just goes on.
  process.once('exit', () => {
    try {
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, Buffer.concat([key, script.createCachedData()]));
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only folder: the bundle is compiled each time.
    }
  });
}
script.runInThisContext().call(module.exports, module.exports, require, module, file, __dirname);
