import type { FormSpec, FormQuestion, FormSection } from './types';

const STAGES = ['Sense', 'Explore', 'Test', 'Grow'];
/** The stages as the Portuguese form names them. */
const STAGES_PT: Readonly<Record<string, string>> = {
  Sense: 'Sentir',
  Explore: 'Explorar',
  Test: 'Testar',
  Grow: 'Crescer',
};

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
  localized: ['Données et méthodes', 'Datos y métodos', 'Dados e métodos'],
  required: true,
  questions: [
    {
      id: 'why-data',
      prompt:
        'Relating to your types of data, why did you chose these? What gaps in available data were these addressing?',
      answer: 'text',
      variants: [
        'Em relação aos seus tipos de dados, por que você os escolheu? Que lacunas nos dados disponíveis eles estavam abordando?',
      ],
    },
    {
      id: 'why-methods',
      prompt:
        'Why was it necessary to apply the above innovation method on your frontier challenge? How did these help you to unpack the system?',
      answer: 'text',
      variants: [
        'Por que foi necessário aplicar o método de inovação acima ao seu desafio de fronteira? Como ele ajudou você a desvendar o sistema?',
      ],
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
    'Pergunta bônus: Como a interação entre métodos de inovação, novas formas de dados e parceiros incomuns permitiu que você aprendesse e gerasse percepções que, de outra forma, não teria conseguido alcançar?',
  ],
  answer: 'text',
  // A bonus: left out, it is no omission.
  optional: true,
};

const END: FormSection = {
  id: 'end',
  heading: 'End',
  // "Ailette" is a machine translation of "Fin" seen in the archive.
  localized: ['Fin', 'Ailette', 'Fim'],
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
      variants: [
        'Por favor, carregue quaisquer outras evidências / documentos / dados de apoio que você produziu sobre o seu desafio de fronteira e que mostrem as suas aprendizagens.',
      ],
    },
    {
      id: 'saved',
      prompt:
        'The closing form saves automatically or via the blue "save changes" button the top left. Thank you',
      answer: 'message',
      optional: true,
      variants: [
        'O formulário de encerramento é salvo automaticamente ou por meio do botão azul "salvar alterações" no canto superior esquerdo. Obrigado',
      ],
    },
  ],
};

/**
 * Both editions of the closing form share their skeleton: learnings, data and methods, partners, end. They differ
 * in what they ask under learnings and partners.
 */
function closingForm(
  variant: string,
  label: string,
  learnings: FormQuestion[],
  partners: FormQuestion[],
): FormSpec {
  return {
    id: 'closing',
    variant,
    kind: 'learningplan',
    label,
    headingLevel: 2,
    sections: [
      {
        id: 'learnings',
        heading: 'Learnings on your challenge',
        localized: [
          'Enseignements sur votre défi',
          'Aprendizajes sobre su desafío',
          'Aprendizajes sobre tu desafío',
          'Aprendizagens sobre o seu desafio',
        ],
        required: true,
        questions: learnings,
      },
      DATA_AND_METHODS,
      {
        id: 'partners',
        heading: 'Partners',
        localized: ['Les partenaires', 'Socios', 'Parceiros'],
        required: true,
        questions: partners,
      },
      END,
    ],
  };
}

/** The closing form of 2023–2025: the "learning challenge", with the handover checklist. */
export const CLOSING_LEARNING_FORM: FormSpec = closingForm(
  'learning',
  'Action learning plan (closing form, learning challenge)',
  [
    {
      id: 'key-insights',
      prompt:
        'What are the top key insights you generated about your learning challenge during this Action Learning Plan? (Please list a maximum of 5 key insights)',
      answer: 'text',
      limit: { items: 5 },
      variants: [
        'Quais são as principais percepções que você gerou sobre o seu desafio de aprendizagem durante este Plano de Aprendizagem para a Ação? (Por favor, liste no máximo 5 percepções principais)',
      ],
    },
    {
      id: 'handover',
      prompt:
        'Considering the outcomes of this learning challenge, which of the following best describe the handover process? (Please select all that apply)',
      answer: 'checklist',
      options: HANDOVER_OPTIONS,
      variants: [
        'Considerando os resultados deste desafio de aprendizagem, qual das opções a seguir melhor descreve o processo de transferência? (Por favor, selecione todas as que se aplicam)',
      ],
    },
    {
      id: 'handover-details',
      prompt: 'Can you provide more detail on your handover process?',
      answer: 'text',
      mayNotApply: true,
      variants: ['Você pode dar mais detalhes sobre o seu processo de transferência?'],
    },
    {
      id: 'links',
      prompt:
        'Please paste any link(s) to blog(s) or publication(s) that articulate the learnings on your frontier challenge.',
      answer: 'text',
      mayNotApply: true,
      variants: [
        'Por favor, cole quaisquer links para blogs ou publicações que expliquem as aprendizagens sobre o seu desafio de fronteira.',
      ],
    },
  ],
  [
    {
      id: 'partners-worked-with',
      prompt: 'Please indicate what partners you have actually worked with for this learning challenge.',
      answer: 'header',
      variants: [
        'Por favor, indique com que parceiros você efetivamente trabalhou neste desafio de aprendizagem.',
      ],
    },
    {
      id: 'partner-name',
      prompt: 'Please state the name of the partner:',
      answer: 'text',
      grouped: true,
      variants: ['Por favor, indique o nome do parceiro:'],
    },
    {
      // Choices the platform keeps out of its export (this one and "new and unusual"): never asked for.
      id: 'partner-sector',
      prompt: 'What sector does your partner belong to?',
      answer: 'text',
      grouped: true,
      optional: true,
      notExported: true,
      variants: ['A que setor pertence o seu parceiro?'],
    },
    {
      id: 'partner-description',
      prompt: 'Please provide a brief description of the partnership.',
      answer: 'text',
      grouped: true,
      variants: ['Por favor, forneça uma breve descrição da parceria.'],
    },
    {
      id: 'partner-new',
      prompt: 'Is this a new and unusual partner for UNDP?',
      answer: 'text',
      grouped: true,
      optional: true,
      notExported: true,
      variants: ['Este é um parceiro novo e incomum para o PNUD?'],
    },
  ],
);

/**
 * The closing form of 2021–2023: the "frontier challenge", with the share of time per learning-cycle stage. The
 * learning-challenge edition replaced it: it is kept to read the plans closed with it, never offered anew.
 */
export const CLOSING_FRONTIER_FORM: FormSpec = retired(
  closingForm(
    'frontier',
    'Action learning plan (closing form, frontier challenge)',
    [
      {
        id: 'key-insights',
        prompt:
          'What are the top 5 key insights you generated about your frontier challenge during this Action Learning Plan?',
        answer: 'text',
        limit: { items: 5 },
        variants: [
          'Quais são as 5 principais percepções que você gerou sobre o seu desafio de fronteira durante este Plano de Aprendizagem para a Ação?',
        ],
      },
      {
        id: 'links',
        prompt:
          'Please paste the link(s) to the blog(s) that articulate the learnings on your frontier challenge.',
        answer: 'text',
        mayNotApply: true,
        variants: [
          'Por favor, cole os links para os blogs que expliquem as aprendizagens sobre o seu desafio de fronteira.',
        ],
      },
      {
        id: 'barriers',
        prompt:
          'Did you experience any barriers or bottlenecks when impacting the system, working on your frontier challenge respectively?',
        answer: 'text',
        mayNotApply: true,
        variants: [
          'Você encontrou barreiras ou gargalos ao atuar sobre o sistema, ou ao trabalhar no seu desafio de fronteira, respectivamente?',
        ],
      },
      {
        id: 'time-share',
        prompt:
          'For this frontier challenge, how much of your time did you dedicate to the stages in the learning cycle? Please make sure that your answers adds up to 100%.',
        answer: 'header',
        variants: [
          'Neste desafio de fronteira, quanto do seu tempo você dedicou às etapas do ciclo de aprendizagem? Por favor, certifique-se de que as suas respostas somem 100%.',
        ],
      },
      ...STAGES.map((stage) => ({
        id: `time-${stage.toLowerCase()}`,
        prompt: stage,
        variants: [STAGES_PT[stage]!],
        answer: 'text' as const,
        grouped: true,
        percent: true,
        // Every share in the archive is empty: the export seems to have lost them, so an empty one is no finding.
        optional: true,
        notExported: true,
      })),
    ],
    [
      sectorQuestion(
        'civil-society',
        'If applicable, what civil society organisations did you actually work with and what did you do with them?',
        'Se aplicável, com que organizações da sociedade civil você efetivamente trabalhou e o que fez com elas?',
      ),
      sectorQuestion(
        'academic',
        'If applicable, what academic partners (and related institutions) did you actually work with and what did you do with them?',
        'Se aplicável, com que parceiros acadêmicos (e instituições relacionadas) você efetivamente trabalhou e o que fez com eles?',
      ),
      sectorQuestion(
        'private',
        'If applicable, what private sector partners did you actually work with and what did you do with them?',
        'Se aplicável, com que parceiros do setor privado você efetivamente trabalhou e o que fez com eles?',
      ),
      sectorQuestion(
        'government',
        'If applicable, what government partners (and related institutions) did you actually work with and what did you do with them?',
        'Se aplicável, com que parceiros governamentais (e instituições relacionadas) você efetivamente trabalhou e o que fez com eles?',
      ),
      sectorQuestion(
        'un',
        'If applicable, which UN internal partners did you actually work with and what did you do with them?',
        'Se aplicável, com que parceiros internos da ONU você efetivamente trabalhou e o que fez com eles?',
      ),
      {
        id: 'new-partners',
        prompt:
          'Relating to your answers above: who of the partners listed were new and unusual partners for UNDP, and what made them special?',
        answer: 'text',
        mayNotApply: true,
        variants: [
          'Em relação às suas respostas acima: quais dos parceiros listados eram parceiros novos e incomuns para o PNUD, e o que os tornou especiais?',
        ],
      },
    ],
  ),
);

function retired(spec: FormSpec): FormSpec {
  return { ...spec, retired: true };
}

/** Partners by sector "if applicable": an empty answer is a fair answer. */
function sectorQuestion(id: string, prompt: string, portuguese: string): FormQuestion {
  return { id: `partners-${id}`, prompt, variants: [portuguese], answer: 'text', optional: true };
}
