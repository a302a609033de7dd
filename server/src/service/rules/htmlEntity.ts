import type { ParsedDocument } from '../model';
import { findEntities, type EntityFound } from '../text/entities';
import { lineRange } from '../text/lines';
import type { Rule, TextEdit } from './types';

/** Lines of the author's text: the title and the answers, not the form's prompts, the tags or code. */
function textLines(doc: ParsedDocument): number[] {
  const lines = new Set<number>();
  if (doc.title)
    for (let line = doc.title.range.start.line; line <= doc.title.range.end.line; line++) lines.add(line);
  for (const question of doc.questions) {
    const answer = question.answer;
    if (!answer) continue;
    for (let line = answer.range.start.line; line <= answer.range.end.line; line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b).filter((line) => !/^\s*(?:```|~~~)/.test(doc.lines[line] ?? ''));
}

/** Each entity once, with what it stands for: `&amp; for "&"`. */
function named(entities: readonly EntityFound[]): string {
  const pairs = new Map(
    entities.map((entity) => [entity.text, entity.decoded.replace('\u00a0', 'a no-break space')]),
  );
  return [...pairs]
    .map(([text, decoded]) => (decoded.length > 1 ? `${text} for ${decoded}` : `${text} for "${decoded}"`))
    .join(', ');
}

export const htmlEntity: Rule = {
  id: 'LP056',
  name: 'html-entity',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'The text holds HTML entities (`&amp;`, `&#39;`) where it means the characters.',
  check({ doc, t, report }) {
    if (!doc.text.includes('&')) return;
    for (const line of textLines(doc)) {
      const entities = findEntities(doc.lines[line] ?? '');
      if (entities.length === 0) continue;
      const first = entities[0]!;
      const last = entities[entities.length - 1]!;
      const edits: TextEdit[] = entities.flatMap((entity) =>
        entity.replacement === null
          ? []
          : [
              {
                range: lineRange(line, entity.start, entity.start + entity.text.length),
                newText: entity.replacement,
              },
            ],
      );
      report({
        range: lineRange(line, first.start, last.start + last.text.length),
        message: t('The text holds HTML code ({0}): write the characters themselves.', named(entities)),
        fixes: edits.length
          ? [{ title: t('Write the characters instead of the HTML code'), edits, preferred: true }]
          : [],
      });
    }
  },
};
