/**
 * The message translations, bundled with the server and the CLI (the keys are the English messages), by the
 * language's first two letters: VS Code's Brazilian Portuguese (`pt-br`) and `--locale pt` share one bundle.
 */
import type { MessageBundle } from './service';

/** The bundler's `require`: a bundle required in a getter is read (its JSON parsed) on first use. */
declare const require: (id: string) => unknown;

/** Each bundle is read when its language is first asked for: English needs none. */
export const BUNDLES: Readonly<Record<string, MessageBundle>> = {
  get es() {
    return require('../../l10n/bundle.l10n.es.json') as MessageBundle;
  },
  get fr() {
    return require('../../l10n/bundle.l10n.fr.json') as MessageBundle;
  },
  get pt() {
    return require('../../l10n/bundle.l10n.pt-br.json') as MessageBundle;
  },
};
