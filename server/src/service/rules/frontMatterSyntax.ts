import { yamlProblemMessage } from '../yamlProblem';
import type { Rule } from './types';

export const frontMatterSyntax: Rule = {
  id: 'LP060',
  name: 'front-matter-syntax',
  defaultSeverity: 'error',
  kinds: ['toolkit'],
  description: "The card's YAML front matter does not parse.",
  check({ doc, t, report }) {
    for (const error of doc.frontMatter?.errors ?? []) {
      report({ range: error.range, message: t('Front matter: {0}', yamlProblemMessage(error.problem, t)) });
    }
  },
};
