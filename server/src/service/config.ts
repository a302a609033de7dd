import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { readValidConfig } from './configFast';
import { readForms } from './configForms';
import type { ConfigProblem, ToRange } from './configProblem';
import { dropRepeatedKeys } from './yamlKeys';
import { libraryProblem, yamlProblemMessage } from './yamlProblem';
import { english, type Localize } from './l10n';
import type { Range } from './model';
import { isRuleLevel, type RuleLevel, type Settings } from './settings';
import { range } from './text/lines';

export const CONFIG_FILE_NAME = '.learningplans.yaml';

export type { ConfigProblem };

export interface ParsedConfig {
  settings: Settings;
  problems: ConfigProblem[];
}

/**
 * Reads a workspace configuration file:
 *   rules: { LP016: off, country-value: error }
 *   vocabulary: { methods: [Our Own Method] }
 *   forms: [a Lab's own editions of the forms: see configForms.ts]
 * What is wrong is reported at its own line and left out; everything else still applies.
 */
export function parseConfig(
  text: string,
  isRule: (idOrName: string) => boolean,
  t: Localize = english,
): ParsedConfig {
  const valid = readValidConfig(text, isRule);
  return valid ? { settings: valid, problems: [] } : readConfigCarefully(text, isRule, t);
}

/** The configuration read with each value's place, for the messages about what is wrong in it. */
export function readConfigCarefully(
  text: string,
  isRule: (idOrName: string) => boolean,
  t: Localize,
): ParsedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const toRange = (node: { range?: [number, number, number] | null } | null | undefined): Range => {
    const [start, end] = node?.range ?? [0, 0];
    const from = lineCounter.linePos(Math.min(start, text.length));
    const to = lineCounter.linePos(Math.min(end, text.length));
    return range(from.line - 1, from.col - 1, to.line - 1, to.col - 1);
  };
  const problems: ConfigProblem[] = document.errors.map((error) => {
    const from = lineCounter.linePos(Math.min(error.pos[0], text.length));
    const to = lineCounter.linePos(Math.min(error.pos[1], text.length));
    return {
      message: yamlProblemMessage(libraryProblem(error), t),
      range: range(from.line - 1, from.col - 1, to.line - 1, to.col - 1),
    };
  });
  const settings: Settings = {};
  if (problems.length > 0 || document.contents === null) return { settings, problems };
  for (const key of dropRepeatedKeys(document)) {
    problems.push({
      message: t('`{0}` is given twice: the first one applies.', String(key.value)),
      range: toRange(key),
    });
  }
  if (!isMap(document.contents)) {
    return {
      settings,
      problems: [
        {
          message: t('The configuration must be a map with `rules`, `vocabulary` and `forms`.'),
          range: toRange(document.contents),
        },
      ],
    };
  }
  for (const pair of document.contents.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'rules') settings.rules = readRules(pair.value, isRule, toRange, problems, t);
    else if (key === 'vocabulary') settings.vocabulary = readVocabulary(pair.value, toRange, problems, t);
    else if (key === 'forms') settings.forms = readForms(pair.value, toRange, problems, t);
    else
      problems.push({
        message: t('Unknown setting `{0}`: expected `rules`, `vocabulary` or `forms`.', key),
        range: toRange(pair.key),
      });
  }
  return { settings, problems };
}

function readRules(
  node: Node | null,
  isRule: (id: string) => boolean,
  toRange: ToRange,
  problems: ConfigProblem[],
  t: Localize,
) {
  const rules = new Map<string, RuleLevel>();
  if (!isMap(node)) {
    problems.push({ message: t('`rules` must map rule ids or names to a severity.'), range: toRange(node) });
    return {};
  }
  for (const pair of node.items as Pair<Node, Node>[]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const level = isScalar(pair.value) ? String(pair.value.value) : '';
    if (!isRule(id)) problems.push({ message: t('Unknown rule `{0}`.', id), range: toRange(pair.key) });
    else if (!isRuleLevel(level)) {
      problems.push({
        message: t('`{0}` is not a severity: use error, warning, information, hint or off.', level),
        range: toRange(pair.value),
      });
    } else rules.set(id, level);
  }
  // Entries are defined, not assigned: a key such as `__proto__` becomes an entry, not the record's prototype.
  return Object.fromEntries(rules);
}

function readVocabulary(node: Node | null, toRange: ToRange, problems: ConfigProblem[], t: Localize) {
  const vocabulary = new Map<string, string[]>();
  if (!isMap(node)) {
    problems.push({ message: t('`vocabulary` must map tag keys to lists of values.'), range: toRange(node) });
    return {};
  }
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!isSeq(pair.value) || !pair.value.items.every((item) => isScalar(item))) {
      problems.push({
        message: t('`{0}` must be a list of values.', key),
        range: toRange(pair.value ?? pair.key),
      });
      continue;
    }
    vocabulary.set(
      key,
      pair.value.items.map((item) => String((item as { value: unknown }).value)),
    );
  }
  return Object.fromEntries(vocabulary);
}
