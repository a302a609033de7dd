/** `learning-plans`: the language service as a command, for a Lab's archive and its CI. */
import { version } from '../../package.json';
import { BUNDLES } from './bundles';
import { main } from './cli/main';

const RULES_DOC_URL = 'https://github.com/undp-accelerator-labs/learning-plans/blob/main/docs/rules.md';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  isTty: process.stdout.isTTY === true,
  version,
  rulesDocUrl: RULES_DOC_URL,
  bundles: BUNDLES,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const detail = process.env.LEARNING_PLANS_DEBUG
      ? ((error as Error)?.stack ?? String(error))
      : String((error as Error)?.message ?? error);
    process.stderr.write(
      `learning-plans: internal error: ${detail}\nPlease report it; set LEARNING_PLANS_DEBUG=1 for details.\n`,
    );
    process.exitCode = 2;
  },
);
