// Preloaded into the command line under test (`node --require`): right after it reads the document that
// LP_EDIT_AFTER_READ names, writes LP_EDIT_CONTENT into it, as an editor saving the file while a check runs would.
// The race becomes certain instead of a matter of timing.
const fs = require('node:fs');

const target = process.env.LP_EDIT_AFTER_READ;
const readFileSync = fs.readFileSync;
let edited = false;
fs.readFileSync = function readThenEdit(path, ...rest) {
  const result = readFileSync.call(this, path, ...rest);
  if (!edited && target && String(path) === target) {
    edited = true;
    fs.writeFileSync(target, process.env.LP_EDIT_CONTENT ?? '');
  }
  return result;
};
