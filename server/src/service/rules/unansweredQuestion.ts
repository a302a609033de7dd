import type { FormMatch } from '../forms/match';
import { questionLabel } from '../forms/questionLabel';
import type { QuestionStatus } from '../forms/questionStatus';
import type { Localize } from '../l10n';
import type { ParsedDocument } from '../model';
import { questionPlace } from './related';
import type { Report, Rule } from './types';

export const unansweredQuestion: Rule = {
  id: 'LP045',
  name: 'unanswered-question',
  defaultSeverity: 'information',
  kinds: ['learningplan', 'experiment', 'solution'],
  description: 'A question of the form has no answer yet.',
  check({ doc, match, statuses, t, report }) {
    const wholeSections = match && statuses.includes('answered') ? sectionsLeftWhole(doc, statuses) : [];
    for (const section of wholeSections) report(sectionReport(doc, match, section, statuses, t));
    doc.questions.forEach((question, index) => {
      if (statuses[index] !== 'unanswered' || wholeSections.includes(question.section)) return;
      report({
        range: question.promptRange,
        message: t('The question "{0}" has no answer yet.', questionLabel(question.prompt)),
      });
    });
    const notExported = doc.questions.filter((_, index) => statuses[index] === 'not-exported');
    if (notExported.length > 0) report(notExportedReport(notExported, t));
  },
};

/**
 * Sections none of whose questions (two at least) is answered while the rest of the document mostly is: one finding
 * for the section, not one per question (the export sometimes drops an experiment's Overview whole). A new document,
 * with only its title answered, gets a finding per question, each naming its question.
 */
function sectionsLeftWhole(doc: ParsedDocument, statuses: readonly QuestionStatus[]): number[] {
  const all = tally(statuses, statuses.keys());
  return doc.sections.flatMap((section, index) => {
    const own = tally(statuses, section.questions);
    // The rest of the document: every question's tally but this section's own.
    const answeredElsewhere = all.answered - own.answered;
    const openElsewhere = all.open - own.open;
    const restAnswered = answeredElsewhere > 0 && answeredElsewhere >= openElsewhere;
    return own.unanswered >= 2 && own.answered === 0 && restAnswered ? [index] : [];
  });
}

/** How many of these questions are answered, unanswered, or open (unanswered or a placeholder). */
function tally(
  statuses: readonly QuestionStatus[],
  indexes: Iterable<number>,
): { answered: number; unanswered: number; open: number } {
  const counts = { answered: 0, unanswered: 0, open: 0 };
  for (const index of indexes) {
    const status = statuses[index];
    if (status === 'answered') counts.answered++;
    else if (status === 'unanswered' || status === 'placeholder') {
      counts.open++;
      if (status === 'unanswered') counts.unanswered++;
    }
  }
  return counts;
}

function sectionReport(
  doc: ParsedDocument,
  match: FormMatch | null,
  index: number,
  statuses: readonly QuestionStatus[],
  t: Localize,
): Report {
  const section = doc.sections[index]!;
  const unanswered = section.questions.filter((question) => statuses[question] === 'unanswered');
  const count = unanswered.length;
  return {
    range: section.heading.range,
    message: t(
      'None of the {0} questions of "{1}" has an answer yet, while the rest of the document is answered.',
      count,
      section.heading.text || (match?.sections[index]?.heading ?? ''),
    ),
    related: unanswered.map((question) => questionPlace(doc.questions[question]!, t)),
  };
}

/** The questions whose answers the export never writes, named once: they read as empty in every exported document. */
function notExportedReport(questions: ParsedDocument['questions'], t: Localize): Report {
  const counts = new Map<string, number>();
  for (const question of questions) {
    const label = questionLabel(question.prompt);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const names = [...counts].map(([label, count]) => (count > 1 ? `"${label}" (×${count})` : `"${label}"`));
  return {
    range: questions[0]!.promptRange,
    message: t(
      "No answer to {0}: the platform's export never writes these answers, so an exported document shows them empty; answer them if you write this document yourself.",
      names.join(', '),
    ),
    related: questions.slice(1).map((question) => questionPlace(question, t)),
  };
}
