/**
 * The message translations, bundled with the server and the CLI (the keys are the English messages), by the
 * language's first two letters: VS Code's Brazilian Portuguese (`pt-br`) and `--locale pt` share one bundle.
 */
import es from '../../l10n/bundle.l10n.es.json';
import fr from '../../l10n/bundle.l10n.fr.json';
import pt from '../../l10n/bundle.l10n.pt-br.json';
import type { MessageBundle } from './service';

export const BUNDLES: Readonly<Record<string, MessageBundle>> = { es, fr, pt };
