/**
 * Runs the extension-host suite in VS Code desktop, downloaded by @vscode/test-electron. Needs a machine that can
 * download VS Code; where it cannot, the end-to-end suite (npm run test:e2e) drives VS Code for the browser instead.
 */
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = join(__dirname, '..', '..', '..');

runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(__dirname, 'suite', 'index.js'),
  launchArgs: [join(root, 'examples'), '--disable-extensions', '--disable-workspace-trust'],
}).catch((error: unknown) => {
  console.error(`The VS Code suite could not run: ${(error as Error).message}`);
  process.exit(1);
});
