// Bundles the extension-host test suite (mocha inside VS Code) and its launcher into out/.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: {
    runTests: 'test/vscode/runTests.ts',
    'suite/index': 'test/vscode/suite/index.ts',
    'suite/extension.test': 'test/vscode/suite/extension.test.ts',
  },
  outdir: 'out/test/vscode',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode', 'mocha', '@vscode/test-electron'],
  logLevel: 'warning',
});
