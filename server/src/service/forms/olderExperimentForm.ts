import { EXPERIMENT_FORM } from './experimentForm';
import type { FormSpec, FormQuestion, FormSection } from './types';

function text(id: string, prompt: string, extra: Partial<FormQuestion> = {}): FormQuestion {
  return { id, prompt, answer: 'text', ...extra };
}

/** The current form's section or question of this id: the two editions share them word for word. */
function current(sectionId: string): FormSection {
  const section = EXPERIMENT_FORM.sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`The experiment form has no section ${sectionId}`);
  return section;
}

function currentQuestion(sectionId: string, id: string): FormQuestion {
  const question = current(sectionId).questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`The experiment form has no question ${id}`);
  return question;
}

/**
 * The experiment form of 2021–2022: Overview · Design · Review · Results · Context, without a Learning section.
 * Review was for a reviewer and Context is empty in every archived experiment: neither is the author's to fill.
 */
export const OLDER_EXPERIMENT_FORM: FormSpec = {
  id: 'experiment',
  variant: 'review',
  kind: 'experiment',
  label: 'Experiment (2021–2022 form)',
  headingLevel: 2,
  retired: true,
  sections: [
    current('overview'),
    {
      id: 'design',
      heading: 'Design',
      localized: current('design').localized ?? [],
      required: true,
      questions: [
        text('hypothesis', 'Hypothesis: IF... THEN....'),
        currentQuestion('design', 'control-group'),
        currentQuestion('design', 'assignment'),
        text('learning-intent', 'What is the learning intent of the activity?'),
        text('object', 'What is the object being tested?'),
        text('timeline', 'What is the timeline of the experimental activity?', { optional: true }),
        text(
          'methodology',
          'Describe the methodology of the experimental activity. For example, sample size and selection; data collection technique; collaboration; randomization technique; data analysis technique',
        ),
        currentQuestion('design', 'quality-check'),
        text('resources', 'What are the resources required for this experiment?', { optional: true }),
        currentQuestion('design', 'links'),
      ],
    },
    {
      id: 'review',
      heading: 'Review',
      required: false,
      emptyByDesign: true,
      questions: [text('reviewer', "Reviewer's name", { optional: true })],
    },
    {
      id: 'results',
      heading: 'Results',
      localized: current('results').localized ?? [],
      required: true,
      questions: [
        text('key-results', 'What were the key results?'),
        text('key-insights', 'What were the key insights of this experiment?'),
        text('methodology-observations', 'Any observations about the methodology?', { optional: true }),
        text('time', 'What was the total time it took to implement', {
          variants: ['Time it took to implement'],
          optional: true,
        }),
        text('budget', 'What was the approximate total budget used for the experiment (in US dollars)', {
          optional: true,
        }),
        currentQuestion('results', 'after'),
        text('comments', 'Any additional comments?', { optional: true }),
        text('images', 'Please include supporting images', { optional: true }),
        text('links', 'Please include supporting links', { optional: true }),
      ],
    },
    { id: 'context', heading: 'Context', required: false, emptyByDesign: true, questions: [] },
  ],
};
