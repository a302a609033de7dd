import type { PortfolioFilter } from '../../../server/src/portfolio/filter';
import type { PortfolioLabels } from '../../../server/src/portfolio/labels';
import { sdgNames } from '../../../server/src/service';
import type { MapLabels, Plural } from './messages';

/** A count's two forms; `{0}` is kept for the webview, which fills in the number. */
function plural(one: string, other: string): Plural {
  return { one, other };
}

/** Form names are translated for use inside sentences ("del experimento"); as a label they start with a capital. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Translates a message, as `vscode.l10n.t` does: placeholders `{0}`… filled with the arguments. */
export type Translate = (message: string, ...args: string[]) => string;

/** Every word of the map pages, in the display language (`t` and `locale` are VS Code's). */
export function mapLabels(heading: string, t: Translate, locale: string): MapLabels {
  const count = '{0}';
  return {
    locale,
    heading,
    map: t('Map'),
    mapHint: t('Arrow keys move the map, + and − zoom; Tab goes from marker to marker.'),
    legend: t('Legend'),
    legendCluster: t('Several documents'),
    filters: t('Filters'),
    any: t('All'),
    facets: {
      type: t('Type'),
      year: t('Year'),
      country: t('Country'),
      sdg: t('SDG'),
      readiness: t('Readiness'),
    },
    types: {
      plan: t('Plan form'),
      closing: t('Closing form'),
      learningplan: t('Learning plan'),
      experiment: capitalised(t('Experiment')),
      solution: capitalised(t('Solution')),
      toolkit: t('Toolkit card'),
      other: t('Other document'),
    },
    counts: {
      plan: plural(t('{0} plan', count), t('{0} plans', count)),
      closing: plural(t('{0} closing form', count), t('{0} closing forms', count)),
      learningplan: plural(t('{0} learning plan', count), t('{0} learning plans', count)),
      experiment: plural(t('{0} experiment', count), t('{0} experiments', count)),
      solution: plural(t('{0} solution', count), t('{0} solutions', count)),
      toolkit: plural(t('{0} toolkit card', count), t('{0} toolkit cards', count)),
      other: plural(t('{0} document', count), t('{0} documents', count)),
      mixed: plural(t('{0} document', count), t('{0} documents', count)),
    },
    sdgNames: sdgNames(locale),
    ...popupAndNameLabels(t),
  };
}

function popupAndNameLabels(t: Translate) {
  const [what, where, blockers, coordinates, file] = ['{0}', '{1}', '{0}', '{1}', '{0}'];
  return {
    clusterZoom: t('{0} in {1} — zoom in', what, where),
    clusterSpread: t('{0} in {1} — show each', what, where),
    clusterZoomNowhere: t('{0} — zoom in', what),
    clusterSpreadNowhere: t('{0} — show each', what),
    more: t('{0} more', '{0}'),
    untitled: t('Untitled ({0})', file),
    entryHint: t('Enter shows its details.'),
    answered: t('{0} of {1} questions answered', '{0}', '{1}'),
    errors: plural(t('1 error'), t('{0} errors', '{0}')),
    warnings: plural(t('1 warning'), t('{0} warnings', '{0}')),
    noProblems: t('No problems'),
    ready: t('Ready for the platform'),
    notReady: t('Not ready for the platform'),
    blockedBy: t('Not ready: {0}', blockers),
    closePopup: t('Close'),
    listWorkspace: t('Documents on the map ({0})', '{0}'),
    listDocument: t('Locations in this document ({0})', '{0}'),
    noLocation: t('This document has no location: add a [[latlng:…]] tag.'),
    placeInside: t('{0}, at {1}', '{0}', coordinates),
    placeOutside: t('{0}, at {1}, outside the country', '{0}', coordinates),
    placeUnknown: t('Location at {0}', '{0}'),
    markerHint: t('Enter goes to its tag; Shift and an arrow key move it.'),
    inside: t('Location in the named country'),
    outside: t('Location outside the named country'),
    filterGroup: t('Filter of the map'),
    clearFilter: t('Clear filter'),
    openAsPortfolio: t('Open as portfolio'),
  };
}

/**
 * A filter in words, as the workspace map shows it: "Filtered: SDG 5 · Plan form · Peru"; '' when it lets every
 * document through. Types, forms and verdicts are named as the portfolio names them.
 */
export function filterSummary(
  filter: PortfolioFilter,
  t: Translate,
  labels: Pick<PortfolioLabels, 'kinds' | 'forms' | 'readiness'>,
): string {
  const parts = [
    filter.kind === undefined ? '' : (labels.kinds[filter.kind] ?? filter.kind),
    filter.form === undefined ? '' : (labels.forms[filter.form] ?? filter.form),
    filter.sdg === undefined ? '' : t('SDG {0}', String(filter.sdg)),
    filter.country ?? '',
    filter.year ?? '',
    filter.method ?? '',
    filter.readiness === undefined ? '' : labels.readiness[filter.readiness],
    filter.text === undefined ? '' : t('Search: “{0}”', filter.text.trim()),
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : t('Filtered: {0}', parts.join(' · '));
}
