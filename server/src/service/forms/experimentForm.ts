import type { FormDefinition, FormQuestion } from './types';

function text(id: string, prompt: string, extra: Partial<FormQuestion> = {}): FormQuestion {
  return { id, prompt, answer: 'text', ...extra };
}

/** The experiment form. Its questions changed between editions: those of one edition only are optional. */
export const EXPERIMENT_FORM: FormDefinition = {
  id: 'experiment',
  variant: 'learning',
  kind: 'experiment',
  label: 'Experiment',
  headingLevel: 2,
  sections: [
    {
      id: 'overview',
      heading: 'Overview',
      localized: ['Aperçu', 'Vue d’ensemble', 'Descripción general'],
      required: true,
      questions: [
        text('name', 'Name of the experimental activity', { optional: true }),
        text('prepared-by', 'Prepared by (Name of the experimenter)'),
        text('date', 'On date (Day/Month/Year)'),
        text('plan', 'What action learning plan is this activity related to?', { optional: true }),
        // A single choice: the export writes it as the experiment_status tag, never as an answer.
        text('status', 'Current status of experimental activity', { optional: true, notExported: true }),
        text('portfolio', 'What portfolio does this activity correspond to? If any', { optional: true }),
        text('frontier-challenge', 'What is the frontier challenge does this activity responds to?', {
          optional: true,
        }),
        text(
          'learning-question',
          'What is the learning question(from your action learning plan) is this activity related to?',
          { optional: true },
        ),
        text('type', 'Please categorize the type that best identifies this experimental activity:', {
          optional: true,
        }),
        text(
          'sector',
          'Which sector are you partnering with for this activity? Please select all that apply',
          { optional: true },
        ),
        text('partners', 'Please list the names of partners mentioned in the previous question:', {
          optional: true,
        }),
      ],
    },
    {
      id: 'design',
      heading: 'Design',
      localized: ['Concevoir', 'Conception', 'Diseño'],
      required: true,
      questions: [
        text('learning-intent', 'What is the specific learning intent of the activity?', {
          variants: [
            'What is the specific learning intent of the activity? Why is it important to do this experiment?',
          ],
        }),
        text('hypothesis', 'What is your hypothesis? IF... THEN....'),
        text('actions', 'Describe which actions will you take to test your hypothesis:', {
          variants: [
            'Describe which actions, with whom, where, when will you (or did you) take to test your hypothesis:',
          ],
        }),
        text('unit', 'What is the unit of analysis of this experimental activity?', { optional: true }),
        text('control-group', 'Does the activity use a control group for comparison?'),
        text('assignment', 'How is the intervention assigned to different groups in your experiment?', {
          optional: true,
        }),
        text('data-collection', 'Please describe the data collection technique proposed', { optional: true }),
        text('sample-size', 'What is the estimated sample size?', { optional: true }),
        text('timeline', 'What is the timeline of the experimental activity? (Months/Days)', {
          optional: true,
        }),
        text('cost', 'What is the total estimated monetary resources needed for this experiment?', {
          optional: true,
        }),
        text(
          'non-monetary',
          'What are the estimated non- monetary resources required for this experiment? (time allocation from team, external resources, etc) If any.',
          { optional: true },
        ),
        text(
          'partner-sectors',
          'If you worked with partners, please choose what sector they belong to (select all that apply)',
          {
            optional: true,
          },
        ),
        text('quality-check', 'Quality Check', { optional: true }),
        text('images', 'Please upload any supporting images or visuals for this experiment.', {
          optional: true,
        }),
        text('links', 'Please upload any supporting links', { optional: true }),
      ],
    },
    {
      id: 'results',
      heading: 'Results',
      localized: ['Résultats', 'Resultados'],
      required: true,
      questions: [
        text('hypothesis-proven', 'Was the original hypothesis (If.. then) proven or disproven?', {
          variants: [
            'Was the original hypothesis (If.. then) proven or disproven? In which way do the results support the original hypothesis or not?',
          ],
        }),
        text(
          'learning-outcomes',
          'What are the most important learning outcomes of the experiment? Are any changes recommended?',
          {
            optional: true,
          },
        ),
        text(
          'methodology',
          'Do you have observations about the methodology chosen for the experiment? What would you change?',
          {
            optional: true,
          },
        ),
        text('duration', 'From design to results, how long did this activity take? (Time in months)', {
          optional: true,
        }),
        text(
          'actual-cost',
          'What were the actual monetary resources invested in this activity? (Amount in USD)',
          { optional: true },
        ),
        text('follow-up', 'Does this activity have a follow up or a next stage? Please explain', {
          optional: true,
        }),
        text('scale', 'Is this experiment planned to scale? How? With whom?', { optional: true }),
        text(
          'after',
          'Considering the outcomes of this experimental activity, which of the following best describe what happened after? (Please select all that apply)',
          { optional: true },
        ),
        text(
          'links',
          'Please add any supporting links that describe the planning, implementation, results of learning of this activity? For example a tweet, a blog, or a report.',
          { optional: true },
        ),
        text('images', 'Please include any supporting images that could be used to showcase this activity', {
          optional: true,
        }),
      ],
    },
    {
      id: 'learning',
      heading: 'Learning',
      localized: ['Apprentissage', 'Aprendiendo', 'Aprendizaje'],
      required: true,
      questions: [
        text(
          'new-knowledge',
          'What do you know now about the action plan learning question that you did not know before? What were your main learnings during this experiment?',
          { optional: true },
        ),
        text('surprise', 'What surprised you?', { optional: true }),
        text(
          'obstacles',
          'What were the main obstacles and challenges you encountered during this activity?',
          {
            variants: [
              'What were the main obstacles and challenges you encountered during this activity? What advise would you give colleagues trying to replicate this experimental activity?',
            ],
          },
        ),
        text(
          'advice',
          'What advice would you give someone wanting to replicate this experimental activity?',
          { optional: true },
        ),
        text(
          'iterations',
          'Did this experiment require iterations? If so, how many and what did you change/adjust along the way? and why?',
          {
            optional: true,
          },
        ),
        text(
          'replicate',
          'Can this experiment be replicated in another thematic area or other SDGs? If yes, what would need to be considered, if no, why not?',
          { optional: true },
        ),
        text(
          'sense-explore',
          'How much the "sense" and "explore" phases of the learning cycle influenced/shaped this experiment? In hindsight, what would you have done differently with your fellow Solution Mapper and Explorer?',
          { optional: true },
        ),
        text(
          'undp-benefit',
          'Who at UNDP might benefit from the results of this experimental activity? Why?',
          { optional: true },
        ),
        text(
          'outside-benefit',
          'Who outside UNDP might benefit from the results of this experiment? and why?',
          { optional: true },
        ),
      ],
    },
  ],
};
