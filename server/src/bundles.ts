/** The message translations, bundled with the server and the CLI (the keys are the English messages). */
import es from '../../l10n/bundle.l10n.es.json';
import fr from '../../l10n/bundle.l10n.fr.json';
import type { MessageBundle } from './service';

export const BUNDLES: Readonly<Record<string, MessageBundle>> = { es, fr };
