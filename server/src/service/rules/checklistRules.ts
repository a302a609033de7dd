import { questionsWithId } from '../forms/match';
import { lineRange } from '../text/lines';
import { fold } from '../vocab/normalize';
import { similarity } from '../vocab/similarity';
import { checklistItems } from './answerItems';
import type { Report, Rule, RuleContext } from './types';
import type { Localize } from '../l10n';

/** Checklist answers whose items are not among the question's options; a fix for a near miss. */
function checkChecklist(
  { doc, match }: RuleContext,
  questionId: string,
  what: string,
  t: Localize,
  report: (finding: Report) => void,
): void {
  for (const { question, formQuestion } of questionsWithId(doc, match, questionId)) {
    const options = formQuestion.options ?? [];
    if (!question.answer) continue;
    const firstLine = question.answer.range.start.line;
    for (const item of checklistItems(question.answer.text)) {
      if (options.some((option) => fold(option) === fold(item.value))) continue;
      const line = firstLine + item.lineIndex;
      const start = (doc.lines[line] ?? '').indexOf(item.value);
      const range = lineRange(line, start, start + item.value.length);
      const nearest = options
        .map((option) => ({ option, score: similarity(fold(item.value), fold(option)) }))
        .sort((a, b) => b.score - a.score)[0];
      const near = nearest && nearest.score >= 0.75 ? nearest.option : undefined;
      report({
        range,
        message: near
          ? t('"{0}" is not one of the {1}. Did you mean "{2}"?', item.value, what, near)
          : t('"{0}" is not one of the {1}: {2}.', item.value, what, options.join(' · ')),
        fixes: near ? [{ title: t('Change to "{0}"', near), edits: [{ range, newText: near }] }] : [],
      });
    }
  }
}

export const learningCycleStage: Rule = {
  id: 'LP054',
  name: 'learning-cycle-stage',
  defaultSeverity: 'warning',
  kinds: ['learningplan'],
  description: 'A learning-cycle answer names a stage other than Sense, Explore, Test or Grow.',
  check(context) {
    const { t, report } = context;
    checkChecklist(context, 'learning-cycle', t('learning-cycle stages'), t, report);
  },
};

export const handoverOption: Rule = {
  id: 'LP055',
  name: 'handover-option',
  defaultSeverity: 'warning',
  kinds: ['learningplan'],
  description: "A handover answer is not one of the closing form's options.",
  check(context) {
    const { t, report } = context;
    checkChecklist(context, 'handover', t('handover options'), t, report);
  },
};
