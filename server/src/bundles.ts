/**
 * The message translations, bundled with the server and the CLI (the keys are the English messages), by the
 * language's first two letters: VS Code's Brazilian Portuguese (`pt-br`) and `--locale pt` share one bundle.
 */
import es from '../../l10n/bundle.l10n.es.json';
import fr from '../../l10n/bundle.l10n.fr.json';
import pt from '../../l10n/bundle.l10n.pt-br.json';
import type { MessageBundle } from './service';

/** Each bundle is read (its JSON parsed) when its language is first asked for: English needs none. */
export const BUNDLES: Readonly<Record<string, MessageBundle>> = {
  get es() {
    return es;
  },
  get fr() {
    return fr;
  },
  get pt() {
    return pt;
  },
};
