import type { FormDefinition, FormQuestion, FormSection } from './types';

const STAGES = ['Sense', 'Explore', 'Test', 'Grow'];

/** The handover checklist of the 2023–2025 closing form (FORMAT.md §2). */
export const HANDOVER_OPTIONS = [
  'Our work has not yet scaled',
  'Our work has led to significant changes in our UNDP Country Office programming',
  'Our work has been picked up by UNDP or the government and has now expanded geographically in our country',
  'Our work has been picked up by UNDP or the government and has now expanded geographically to another country',
  'Our work has led to a significant change in public policy at a national or local level',
  'Our private sector partners have expanded our joint work through their own resources in our country or internationally',
  'Other',
];

const DATA_AND_METHODS: FormSection = {
  id: 'data-and-methods',
  heading: 'Data and Methods',
  localized: ['Données et méthodes', 'Datos y métodos'],
  required: true,
  questions: [
    {
      id: 'why-data',
      prompt:
        'Relating to your types of data, why did you chose these? What gaps in available data were these addressing?',
      answer: 'text',
    },
    {
      id: 'why-methods',
      prompt:
        'Why was it necessary to apply the above innovation method on your frontier challenge? How did these help you to unpack the system?',
      answer: 'text',
    },
  ],
};

const BONUS: FormQuestion = {
  id: 'bonus',
  prompt:
    'Bonus question: How did the interplay of innovation methods, new forms of data and unusual partners enable you to learn & generate insights, that otherwise you would have not been able to achieve?',
  variants: [
    'Bonus question: How did the interplay of innovation methods, new forms of data and unusual partners enable you to learn &amp; generate insights, that otherwise you would have not been able to achieve?',
    'Bonus question: How did the interplay of innovation methods, new forms of data and unusual partners enabled you to learn & generate insights, that otherwise you would have not been able to achieve?',
  ],
  answer: 'text',
  // A bonus: left out, it is no omission.
  optional: true,
};

const END: FormSection = {
  id: 'end',
  heading: 'End',
  // "Ailette" is a machine translation of "Fin" seen in the archive.
  localized: ['Fin', 'Ailette'],
  required: true,
  questions: [
    BONUS,
    {
      id: 'evidence',
      prompt:
        'Please upload any further supporting evidence / documents / data you have produced on your frontier challenge that showcase your learnings.',
      answer: 'text',
      // Uploaded files stay on the platform; the export keeps only what was typed.
      optional: true,
      notExported: true,
    },
    {
      id: 'saved',
      prompt:
        'The closing form saves automatically or via the blue "save changes" button the top left. Thank you',
      answer: 'message',
      optional: true,
    },
  ],
};

/** The closing form of 2023–2025: the "learning challenge", with the handover checklist. */
export const CLOSING_LEARNING_FORM: FormDefinition = {
  id: 'closing',
  variant: 'learning',
  kind: 'learningplan',
  label: 'Action learning plan (closing form, learning challenge)',
  headingLevel: 2,
  sections: [
    {
      id: 'learnings',
      heading: 'Learnings on your challenge',
      localized: [
        'Enseignements sur votre défi',
        'Aprendizajes sobre su desafío',
        'Aprendizajes sobre tu desafío',
      ],
      required: true,
      questions: [
        {
          id: 'key-insights',
          prompt:
            'What are the top key insights you generated about your learning challenge during this Action Learning Plan? (Please list a maximum of 5 key insights)',
          answer: 'text',
          limit: { items: 5 },
        },
        {
          id: 'handover',
          prompt:
            'Considering the outcomes of this learning challenge, which of the following best describe the handover process? (Please select all that apply)',
          answer: 'checklist',
          options: HANDOVER_OPTIONS,
        },
        {
          id: 'handover-details',
          prompt: 'Can you provide more detail on your handover process?',
          answer: 'text',
          mayNotApply: true,
        },
        {
          id: 'links',
          prompt:
            'Please paste any link(s) to blog(s) or publication(s) that articulate the learnings on your frontier challenge.',
          answer: 'text',
          mayNotApply: true,
        },
      ],
    },
    DATA_AND_METHODS,
    {
      id: 'partners',
      heading: 'Partners',
      localized: ['Les partenaires', 'Socios'],
      required: true,
      questions: [
        {
          id: 'partners-worked-with',
          prompt: 'Please indicate what partners you have actually worked with for this learning challenge.',
          answer: 'header',
        },
        {
          id: 'partner-name',
          prompt: 'Please state the name of the partner:',
          answer: 'text',
          grouped: true,
        },
        {
          // Choices the platform keeps out of its export (this one and "new and unusual"): never asked for.
          id: 'partner-sector',
          prompt: 'What sector does your partner belong to?',
          answer: 'text',
          grouped: true,
          optional: true,
          notExported: true,
        },
        {
          id: 'partner-description',
          prompt: 'Please provide a brief description of the partnership.',
          answer: 'text',
          grouped: true,
        },
        {
          id: 'partner-new',
          prompt: 'Is this a new and unusual partner for UNDP?',
          answer: 'text',
          grouped: true,
          optional: true,
          notExported: true,
        },
      ],
    },
    END,
  ],
};

/** The closing form of 2021–2023: the "frontier challenge", with the share of time per learning-cycle stage. */
export const CLOSING_FRONTIER_FORM: FormDefinition = {
  id: 'closing',
  variant: 'frontier',
  kind: 'learningplan',
  label: 'Action learning plan (closing form, frontier challenge)',
  headingLevel: 2,
  sections: [
    {
      id: 'learnings',
      heading: 'Learnings on your challenge',
      localized: [
        'Enseignements sur votre défi',
        'Aprendizajes sobre su desafío',
        'Aprendizajes sobre tu desafío',
      ],
      required: true,
      questions: [
        {
          id: 'key-insights',
          prompt:
            'What are the top 5 key insights you generated about your frontier challenge during this Action Learning Plan?',
          answer: 'text',
          limit: { items: 5 },
        },
        {
          id: 'links',
          prompt:
            'Please paste the link(s) to the blog(s) that articulate the learnings on your frontier challenge.',
          answer: 'text',
          mayNotApply: true,
        },
        {
          id: 'barriers',
          prompt:
            'Did you experience any barriers or bottlenecks when impacting the system, working on your frontier challenge respectively?',
          answer: 'text',
          mayNotApply: true,
        },
        {
          id: 'time-share',
          prompt:
            'For this frontier challenge, how much of your time did you dedicate to the stages in the learning cycle? Please make sure that your answers adds up to 100%.',
          answer: 'header',
        },
        ...STAGES.map((stage) => ({
          id: `time-${stage.toLowerCase()}`,
          prompt: stage,
          answer: 'text' as const,
          grouped: true,
          percent: true,
          // Every share in the archive is empty: the export seems to have lost them, so an empty one is no finding.
          optional: true,
          notExported: true,
        })),
      ],
    },
    DATA_AND_METHODS,
    {
      id: 'partners',
      heading: 'Partners',
      localized: ['Les partenaires', 'Socios'],
      required: true,
      questions: [
        sectorQuestion(
          'civil-society',
          'If applicable, what civil society organisations did you actually work with and what did you do with them?',
        ),
        sectorQuestion(
          'academic',
          'If applicable, what academic partners (and related institutions) did you actually work with and what did you do with them?',
        ),
        sectorQuestion(
          'private',
          'If applicable, what private sector partners did you actually work with and what did you do with them?',
        ),
        sectorQuestion(
          'government',
          'If applicable, what government partners (and related institutions) did you actually work with and what did you do with them?',
        ),
        sectorQuestion(
          'un',
          'If applicable, which UN internal partners did you actually work with and what did you do with them?',
        ),
        {
          id: 'new-partners',
          prompt:
            'Relating to your answers above: who of the partners listed were new and unusual partners for UNDP, and what made them special?',
          answer: 'text',
          mayNotApply: true,
        },
      ],
    },
    END,
  ],
};

/** Partners by sector "if applicable": an empty answer is a fair answer. */
function sectorQuestion(id: string, prompt: string): FormQuestion {
  return { id: `partners-${id}`, prompt, answer: 'text', optional: true };
}
