import type { FormSpec, FormQuestion } from './types';

function text(id: string, prompt: string, extra: Partial<FormQuestion> = {}): FormQuestion {
  return { id, prompt, answer: 'text', ...extra };
}

/** The experiment form. Its questions changed between editions: those of one edition only are optional. */
export const EXPERIMENT_FORM: FormSpec = {
  id: 'experiment',
  variant: 'learning',
  kind: 'experiment',
  label: 'Experiment',
  headingLevel: 2,
  sections: [
    {
      id: 'overview',
      heading: 'Overview',
      localized: ['Aperçu', 'Vue d’ensemble', 'Descripción general', 'Visão geral'],
      required: true,
      questions: [
        text('name', 'Name of the experimental activity', {
          optional: true,
          variants: ['Nome da atividade experimental'],
        }),
        text('prepared-by', 'Prepared by (Name of the experimenter)', {
          variants: ['Preparado por (nome do experimentador)'],
        }),
        text('date', 'On date (Day/Month/Year)', { variants: ['Na data (Dia/Mês/Ano)'] }),
        text('plan', 'What action learning plan is this activity related to?', {
          optional: true,
          variants: ['A que plano de aprendizagem para a ação esta atividade está relacionada?'],
        }),
        // A single choice: the export writes it as the experiment_status tag, never as an answer.
        text('status', 'Current status of experimental activity', {
          optional: true,
          notExported: true,
          variants: ['Situação atual da atividade experimental'],
        }),
        text('portfolio', 'What portfolio does this activity correspond to? If any', {
          optional: true,
          variants: ['A que portfólio esta atividade corresponde? Se houver'],
        }),
        text('frontier-challenge', 'What is the frontier challenge does this activity responds to?', {
          optional: true,
          variants: ['A que desafio de fronteira esta atividade responde?'],
        }),
        text(
          'learning-question',
          'What is the learning question(from your action learning plan) is this activity related to?',
          {
            optional: true,
            variants: [
              'A que pergunta de aprendizagem (do seu plano de aprendizagem para a ação) esta atividade está relacionada?',
            ],
          },
        ),
        text('type', 'Please categorize the type that best identifies this experimental activity:', {
          optional: true,
          variants: ['Por favor, classifique o tipo que melhor identifica esta atividade experimental:'],
        }),
        text(
          'sector',
          'Which sector are you partnering with for this activity? Please select all that apply',
          {
            optional: true,
            variants: [
              'Com que setor você tem parceria para esta atividade? Por favor, selecione todos os que se aplicam',
            ],
          },
        ),
        text('partners', 'Please list the names of partners mentioned in the previous question:', {
          optional: true,
          variants: ['Por favor, liste os nomes dos parceiros mencionados na pergunta anterior:'],
        }),
      ],
    },
    {
      id: 'design',
      heading: 'Design',
      localized: ['Concevoir', 'Conception', 'Diseño', 'Desenho'],
      required: true,
      questions: [
        text('learning-intent', 'What is the specific learning intent of the activity?', {
          variants: [
            'What is the specific learning intent of the activity? Why is it important to do this experiment?',
            'Qual é a intenção de aprendizagem específica da atividade?',
            'Qual é a intenção de aprendizagem específica da atividade? Por que é importante fazer este experimento?',
          ],
        }),
        text('hypothesis', 'What is your hypothesis? IF... THEN....', {
          variants: ['Qual é a sua hipótese? SE... ENTÃO....'],
        }),
        text('actions', 'Describe which actions will you take to test your hypothesis:', {
          variants: [
            'Describe which actions, with whom, where, when will you (or did you) take to test your hypothesis:',
            'Descreva que ações você realizará para testar a sua hipótese:',
            'Descreva que ações, com quem, onde e quando você realizará (ou realizou) para testar a sua hipótese:',
          ],
        }),
        text('unit', 'What is the unit of analysis of this experimental activity?', {
          optional: true,
          variants: ['Qual é a unidade de análise desta atividade experimental?'],
        }),
        text('control-group', 'Does the activity use a control group for comparison?', {
          variants: ['A atividade usa um grupo de controle para comparação?'],
        }),
        text('assignment', 'How is the intervention assigned to different groups in your experiment?', {
          optional: true,
          variants: ['Como a intervenção é atribuída a diferentes grupos no seu experimento?'],
        }),
        text('data-collection', 'Please describe the data collection technique proposed', {
          optional: true,
          variants: ['Por favor, descreva a técnica de coleta de dados proposta'],
        }),
        text('sample-size', 'What is the estimated sample size?', {
          optional: true,
          variants: ['Qual é o tamanho estimado da amostra?'],
        }),
        text('timeline', 'What is the timeline of the experimental activity? (Months/Days)', {
          optional: true,
          variants: ['Qual é o cronograma da atividade experimental? (Meses/Dias)'],
        }),
        text('cost', 'What is the total estimated monetary resources needed for this experiment?', {
          optional: true,
          variants: ['Qual é o total estimado de recursos financeiros necessários para este experimento?'],
        }),
        text(
          'non-monetary',
          'What are the estimated non- monetary resources required for this experiment? (time allocation from team, external resources, etc) If any.',
          {
            optional: true,
            variants: [
              'Quais são os recursos não financeiros estimados necessários para este experimento? (tempo dedicado pela equipe, recursos externos, etc.) Se houver.',
            ],
          },
        ),
        text(
          'partner-sectors',
          'If you worked with partners, please choose what sector they belong to (select all that apply)',
          {
            optional: true,
            variants: [
              'Se você trabalhou com parceiros, escolha a que setor eles pertencem (selecione todos os que se aplicam)',
            ],
          },
        ),
        text('quality-check', 'Quality Check', { optional: true, variants: ['Verificação de qualidade'] }),
        text('images', 'Please upload any supporting images or visuals for this experiment.', {
          optional: true,
          variants: [
            'Por favor, carregue quaisquer imagens ou recursos visuais de apoio para este experimento.',
          ],
        }),
        text('links', 'Please upload any supporting links', {
          optional: true,
          variants: ['Por favor, carregue quaisquer links de apoio'],
        }),
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
            'A hipótese original (Se.. então) foi comprovada ou refutada?',
            'A hipótese original (Se.. então) foi comprovada ou refutada? De que forma os resultados confirmam ou não a hipótese original?',
          ],
        }),
        text(
          'learning-outcomes',
          'What are the most important learning outcomes of the experiment? Are any changes recommended?',
          {
            optional: true,
            variants: [
              'Quais são os resultados de aprendizagem mais importantes do experimento? Recomenda-se alguma mudança?',
            ],
          },
        ),
        text(
          'methodology',
          'Do you have observations about the methodology chosen for the experiment? What would you change?',
          {
            optional: true,
            variants: [
              'Você tem observações sobre a metodologia escolhida para o experimento? O que você mudaria?',
            ],
          },
        ),
        text('duration', 'From design to results, how long did this activity take? (Time in months)', {
          optional: true,
          variants: ['Do desenho aos resultados, quanto tempo durou esta atividade? (Tempo em meses)'],
        }),
        text(
          'actual-cost',
          'What were the actual monetary resources invested in this activity? (Amount in USD)',
          {
            optional: true,
            variants: [
              'Quais foram os recursos financeiros efetivamente investidos nesta atividade? (Valor em USD)',
            ],
          },
        ),
        text('follow-up', 'Does this activity have a follow up or a next stage? Please explain', {
          optional: true,
          variants: ['Esta atividade tem um seguimento ou uma próxima etapa? Por favor, explique'],
        }),
        text('scale', 'Is this experiment planned to scale? How? With whom?', {
          optional: true,
          variants: ['Está previsto ampliar a escala deste experimento? Como? Com quem?'],
        }),
        text(
          'after',
          'Considering the outcomes of this experimental activity, which of the following best describe what happened after? (Please select all that apply)',
          {
            optional: true,
            variants: [
              'Considerando os resultados desta atividade experimental, qual das opções a seguir melhor descreve o que aconteceu depois? (Por favor, selecione todas as que se aplicam)',
            ],
          },
        ),
        text(
          'links',
          'Please add any supporting links that describe the planning, implementation, results of learning of this activity? For example a tweet, a blog, or a report.',
          {
            optional: true,
            variants: [
              'Por favor, adicione quaisquer links de apoio que descrevam o planejamento, a implementação e os resultados de aprendizagem desta atividade. Por exemplo, um tweet, um blog ou um relatório.',
            ],
          },
        ),
        text('images', 'Please include any supporting images that could be used to showcase this activity', {
          optional: true,
          variants: [
            'Por favor, inclua quaisquer imagens de apoio que possam ser usadas para mostrar esta atividade',
          ],
        }),
      ],
    },
    {
      id: 'learning',
      heading: 'Learning',
      localized: ['Apprentissage', 'Aprendiendo', 'Aprendizaje', 'Aprendizagem'],
      required: true,
      questions: [
        text(
          'new-knowledge',
          'What do you know now about the action plan learning question that you did not know before? What were your main learnings during this experiment?',
          {
            optional: true,
            variants: [
              'O que você sabe agora sobre a pergunta de aprendizagem do plano de ação que não sabia antes? Quais foram as suas principais aprendizagens durante este experimento?',
            ],
          },
        ),
        text('surprise', 'What surprised you?', { optional: true, variants: ['O que surpreendeu você?'] }),
        text(
          'obstacles',
          'What were the main obstacles and challenges you encountered during this activity?',
          {
            variants: [
              'What were the main obstacles and challenges you encountered during this activity? What advise would you give colleagues trying to replicate this experimental activity?',
              'Quais foram os principais obstáculos e desafios que você encontrou durante esta atividade?',
              'Quais foram os principais obstáculos e desafios que você encontrou durante esta atividade? Que conselho você daria a colegas que tentem replicar esta atividade experimental?',
            ],
          },
        ),
        text(
          'advice',
          'What advice would you give someone wanting to replicate this experimental activity?',
          {
            optional: true,
            variants: ['Que conselho você daria a alguém que queira replicar esta atividade experimental?'],
          },
        ),
        text(
          'iterations',
          'Did this experiment require iterations? If so, how many and what did you change/adjust along the way? and why?',
          {
            optional: true,
            variants: [
              'Este experimento exigiu iterações? Em caso afirmativo, quantas e o que você mudou/ajustou ao longo do caminho? E por quê?',
            ],
          },
        ),
        text(
          'replicate',
          'Can this experiment be replicated in another thematic area or other SDGs? If yes, what would need to be considered, if no, why not?',
          {
            optional: true,
            variants: [
              'Este experimento pode ser replicado em outra área temática ou em outros ODS? Se sim, o que precisaria ser considerado; se não, por que não?',
            ],
          },
        ),
        text(
          'sense-explore',
          'How much the "sense" and "explore" phases of the learning cycle influenced/shaped this experiment? In hindsight, what would you have done differently with your fellow Solution Mapper and Explorer?',
          {
            optional: true,
            variants: [
              'Quanto as fases de "sentir" e "explorar" do ciclo de aprendizagem influenciaram/moldaram este experimento? Em retrospecto, o que você teria feito de diferente com os seus colegas Mapeador de Soluções e Explorador?',
            ],
          },
        ),
        text(
          'undp-benefit',
          'Who at UNDP might benefit from the results of this experimental activity? Why?',
          {
            optional: true,
            variants: [
              'Quem no PNUD poderia se beneficiar dos resultados desta atividade experimental? Por quê?',
            ],
          },
        ),
        text(
          'outside-benefit',
          'Who outside UNDP might benefit from the results of this experiment? and why?',
          {
            optional: true,
            variants: [
              'Quem fora do PNUD poderia se beneficiar dos resultados deste experimento? E por quê?',
            ],
          },
        ),
      ],
    },
  ],
};
