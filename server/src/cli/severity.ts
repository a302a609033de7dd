import type { Localize, Severity } from '../service';

/** A severity as the command line shows it to a reader, in their language; configurations keep the English ids. */
export function severityWord(severity: Severity, t: Localize): string {
  switch (severity) {
    case 'error':
      return t('error');
    case 'warning':
      return t('warning');
    case 'information':
      return t('information');
    case 'hint':
      return t('hint');
  }
}
