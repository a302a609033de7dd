import type { Rule } from './types';

/** Keys every card of the toolkit carries (parent_order, nav_order and enablers are not always there). */
export const REQUIRED_CARD_KEYS = ['title', 'layout', 'signature_solutions', 'rblac_priorities', 'sdg'];

export const frontMatterRequiredKey: Rule = {
  id: 'LP061',
  name: 'front-matter-required-key',
  defaultSeverity: 'warning',
  kinds: ['toolkit'],
  description:
    "A toolkit card's front matter lacks title, layout, signature_solutions, rblac_priorities or sdg.",
  check({ doc, t, report }) {
    const frontMatter = doc.frontMatter;
    if (!frontMatter || !frontMatter.closed || frontMatter.errors.length > 0) return;
    const keys = new Set(frontMatter.entries.map((entry) => entry.key));
    const anchor = {
      start: frontMatter.range.start,
      end: { line: frontMatter.range.start.line, character: 3 },
    };
    for (const key of REQUIRED_CARD_KEYS) {
      if (!keys.has(key)) report({ range: anchor, message: t('The front matter has no `{0}`.', key) });
    }
  },
};
