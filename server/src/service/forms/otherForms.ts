import type { FormSpec, FormQuestion, FormSection } from './types';

/**
 * Solutions came from many mapping campaigns, each with its own questions and no sections: the form holds
 * no required structure, and its answers are counted as they are found.
 */
export const SOLUTION_FORM: FormSpec = {
  id: 'solution',
  kind: 'solution',
  label: 'Solution',
  headingLevel: 2,
  sections: [],
};

function cardSection(id: string, heading: string, localized: string[] = []): FormSection {
  const questions: FormQuestion[] = [];
  return { id, heading, localized, required: true, questions };
}

/** A toolkit solution card: front matter, the card's title, then eleven `####` sections (FORMAT.md §1B). */
export const TOOLKIT_FORM: FormSpec = {
  id: 'toolkit',
  kind: 'toolkit',
  label: 'Toolkit solution card',
  headingLevel: 4,
  sections: [
    cardSection('what-it-does', 'What it does.', ['O que faz.']),
    cardSection('value-proposition', 'Value proposition for the government/other partner.', [
      'Proposta de valor para o governo/outro parceiro.',
    ]),
    cardSection('why-and-when', 'Why and when to use it.', ['Por que e quando usar.']),
    cardSection('known-issues', 'Known issues and troubleshooting.', ['Problemas conhecidos e soluções.']),
    cardSection('context', 'Context.', ['Contexto.']),
    cardSection('cost', 'Cost to implement.', ['Custo de implementação.']),
    cardSection('time', 'Time', ['Tempo']),
    cardSection('people', 'People.', ['Pessoas.']),
    cardSection('focal-point', 'Focal point.', ['Ponto focal.']),
    cardSection('country-year-language', 'Country, year, and language.', ['País, ano e idioma.']),
    cardSection('resources', 'Resources.', ['Recursos.']),
  ],
};
