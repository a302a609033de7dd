// Prints how long loading dist/client.js takes, in milliseconds, with a stand-in for the `vscode` module (which only
// exists inside VS Code): a measure of the extension's own share of activation.
const Module = require('node:module');
const { performance } = require('node:perf_hooks');
const path = require('node:path');

const standIn = new Proxy(function () {}, {
  get: () => standIn,
  apply: () => standIn,
  construct: () => standIn,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? standIn : load.call(this, request, ...rest);
};
const start = performance.now();
require(path.join(__dirname, '..', 'dist', 'client.js'));
console.log((performance.now() - start).toFixed(2));
