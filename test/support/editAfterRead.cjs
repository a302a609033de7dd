// Preloaded into the command line under test (`node --require`): right after it reads the document that
// LP_EDIT_AFTER_READ names, writes LP_EDIT_CONTENT into it, as an editor saving the file while a check runs would.
// The race becomes certain instead of a matter of timing. A read is over when the file is closed again (or, for a
// whole-file read, when it returns).
const fs = require('node:fs');

const target = process.env.LP_EDIT_AFTER_READ;
let edited = false;
const edit = () => {
  if (edited || !target) return;
  edited = true;
  fs.writeFileSync(target, process.env.LP_EDIT_CONTENT ?? '');
};

const readFileSync = fs.readFileSync;
fs.readFileSync = function readThenEdit(path, ...rest) {
  const result = readFileSync.call(this, path, ...rest);
  if (String(path) === target) edit();
  return result;
};

const openSync = fs.openSync;
const closeSync = fs.closeSync;
const opened = new Set();
fs.openSync = function openAndNote(path, ...rest) {
  const descriptor = openSync.call(this, path, ...rest);
  if (String(path) === target && !edited) opened.add(descriptor);
  return descriptor;
};
fs.closeSync = function closeThenEdit(descriptor) {
  closeSync.call(this, descriptor);
  if (opened.delete(descriptor)) edit();
};
