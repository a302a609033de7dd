import type { FormDefinition } from './types';

/** The action learning plan's plan form (2021–2025), as the platform exported it. */
export const PLAN_FORM: FormDefinition = {
  id: 'plan',
  kind: 'learningplan',
  label: 'Action learning plan (plan form)',
  headingLevel: 2,
  sections: [
    {
      id: 'title',
      heading: 'Title',
      localized: ['Titre', 'Título'],
      required: true,
      questions: [
        { id: 'title', prompt: 'Please provide a name for your action learning plan.', answer: 'text' },
      ],
    },
    {
      id: 'challenge-statement',
      heading: 'Challenge statement',
      localized: ['Énoncé du défi', 'Declaración de desafío'],
      required: true,
      questions: [
        {
          id: 'challenge-type',
          prompt:
            'Challenge type: If you are working on multiple challenges, please indicate if this is your "big bet" or "exploratory" challenge.',
          answer: 'text',
          // A single choice on the platform, which its export never writes.
          notExported: true,
        },
        {
          id: 'challenge-statement',
          prompt:
            'Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)',
          answer: 'text',
        },
        {
          id: 'background',
          prompt:
            'Background: What is the history of your challenge? What is causing or driving it? Who is involved? How does the current situation look like? What undesired effects does it produce?',
          answer: 'text',
        },
        {
          id: 'quantitative-evidence',
          prompt:
            'Quantitative evidence: What (official) data sources do you have on this challenge that better exemplifies the importance and urgency of this frontier challenge? You can add text, a link, or a picture.',
          answer: 'text',
        },
        {
          id: 'qualitative-evidence',
          prompt:
            'Qualitative evidence: What weak signals have you recently spotted that characterizes its urgency? Please provide qualitative information that better exemplifies the importance and urgency of this frontier challenge. You can add text, a link, or a picture.',
          answer: 'text',
        },
        {
          id: 'value-proposition',
          prompt:
            'Value proposition: What added value or unique value proposition is your Accelerator Lab bringing to solving this challenge? Why is it your Lab that needs to work on this challenge and not other actors within UNDP, other stakeholders in the country respectively? Why is it worth investing resources to this challenge?',
          answer: 'text',
        },
        {
          id: 'tweet',
          prompt:
            'Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?',
          answer: 'text',
          limit: { characters: 280 },
        },
      ],
    },
    {
      id: 'challenge-classification',
      heading: 'Challenge classification',
      localized: ['Classement du défi', 'Classement des défis', 'Clasificación del desafío'],
      // Its answers became the sdgs, thematic_areas and methods tags, so the section is empty by design.
      required: true,
      emptyByDesign: true,
      questions: [],
    },
    {
      id: 'partners',
      heading: 'Partners',
      localized: ['Les partenaires', 'Socios'],
      required: true,
      questions: [
        {
          id: 'top-partners',
          prompt:
            'Who are your top 5 partners for this challenge? Please submit from MOST to LEAST important and state Name, Sector and a brief description of the (intended) collaboration.',
          answer: 'header',
          limit: { items: 5 },
        },
        {
          id: 'partner-name',
          prompt: 'Please state the name of the Parter:',
          variants: ['Please state the name of the partner:'],
          answer: 'text',
        },
        // A choice the platform keeps out of its export: no exported plan answers it, so it is never asked for.
        {
          id: 'partner-sector',
          prompt: 'What sector does our partner belong to?',
          answer: 'text',
          optional: true,
          notExported: true,
        },
        {
          id: 'partner-collaboration',
          prompt: 'Please provide a brief description of the collaboration.',
          answer: 'text',
        },
        {
          id: 'partner-new',
          prompt: 'Is this a new and unusual partner for UNDP?',
          answer: 'text',
          optional: true,
          notExported: true,
        },
      ],
    },
    {
      id: 'learning-questions',
      heading: 'Learning questions',
      localized: ["Questions d'apprentissage", 'Preguntas de aprendizaje'],
      required: true,
      repeatable: true,
      questions: [
        {
          id: 'learning-question',
          prompt:
            'Learning question: What is your learning question for this challenge? What do you need to know or understand to work on your challenge statement?',
          answer: 'text',
        },
        {
          id: 'learning-cycle',
          prompt: 'To what stage(s) in the learning cycle does your learning question relate?',
          answer: 'checklist',
          options: ['Sense', 'Explore', 'Test', 'Grow'],
        },
        {
          id: 'usage-of-methods',
          prompt:
            'Usage of methods: Relating to your choice above, how will you use your methods & tools for this learning question? What value do these add in answering your learning question?',
          answer: 'text',
          variants: [
            'Usage of methods: Relating to your choice above, how will you use your methods &amp; tools for this learning question? What value do these add in answering your learning question?',
          ],
        },
        {
          id: 'data-gaps',
          prompt:
            'Existing data gaps: Relating to your choice above, what existing gaps in data or information do these new sources of data addressing? What value do these add in answering your learning question?',
          answer: 'text',
        },
      ],
    },
    {
      id: 'closing',
      heading: 'Closing',
      localized: ['Fermeture', 'Clausura'],
      required: true,
      questions: [
        {
          id: 'early-leads',
          prompt:
            'Early leads to grow: Think about the possible grow phase for this challenge - who might benefit from your work on this challenge or who might be the champions in your country that you should inform or collaborate with early on to help you grow this challenge?',
          answer: 'text',
        },
        {
          id: 'end-of-plan',
          prompt:
            'END OF ACTION LEARNING PLAN: Thank you! The form saves automatically and your submission has been recorded. You may now exit this window.',
          answer: 'message',
          optional: true,
        },
      ],
    },
  ],
};
