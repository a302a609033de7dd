/** `learning-plans`: the language service as a command, for a Lab's archive and its CI. */
import { version } from '../../package.json';
import { BUNDLES } from './bundles';
import { requestedLocale } from './cli/args';
import { main } from './cli/main';
import { createLocalize } from './service';

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
    const t = createLocalize(BUNDLES[requestedLocale(process.argv.slice(2), process.env)]);
    process.stderr.write(
      `learning-plans: ${t('internal error: {0}', detail)}\n${t('Please report it; set {0} for details.', 'LEARNING_PLANS_DEBUG=1')}\n`,
    );
    process.exitCode = 2;
  },
);
