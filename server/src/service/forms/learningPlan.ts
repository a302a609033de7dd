import type { FormSpec } from './types';

/** The action learning plan's plan form (2021–2025), as the platform exported it. */
export const PLAN_FORM: FormSpec = {
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
        {
          id: 'title',
          prompt: 'Please provide a name for your action learning plan.',
          answer: 'text',
          variants: ['Por favor, indique um nome para o seu plano de aprendizagem para a ação.'],
        },
      ],
    },
    {
      id: 'challenge-statement',
      heading: 'Challenge statement',
      localized: ['Énoncé du défi', 'Declaración de desafío', 'Declaração do desafio'],
      required: true,
      questions: [
        {
          id: 'challenge-type',
          prompt:
            'Challenge type: If you are working on multiple challenges, please indicate if this is your "big bet" or "exploratory" challenge.',
          answer: 'text',
          variants: [
            'Tipo de desafio: Se você estiver trabalhando em vários desafios, indique se este é o seu desafio de "grande aposta" ou "exploratório".',
          ],
          // A single choice on the platform, which its export never writes.
          notExported: true,
        },
        {
          id: 'challenge-statement',
          prompt:
            'Challenge statement: What is your challenge? (Please answer in specific terms: "Our challenge is that...”.)',
          answer: 'text',
          variants: [
            'Declaração do desafio: Qual é o seu desafio? (Por favor, responda em termos específicos: "O nosso desafio é que...".)',
          ],
        },
        {
          id: 'background',
          prompt:
            'Background: What is the history of your challenge? What is causing or driving it? Who is involved? How does the current situation look like? What undesired effects does it produce?',
          answer: 'text',
          variants: [
            'Contexto: Qual é a história do seu desafio? O que o causa ou impulsiona? Quem está envolvido? Como é a situação atual? Que efeitos indesejados ele produz?',
          ],
        },
        {
          id: 'quantitative-evidence',
          prompt:
            'Quantitative evidence: What (official) data sources do you have on this challenge that better exemplifies the importance and urgency of this frontier challenge? You can add text, a link, or a picture.',
          answer: 'text',
          variants: [
            'Evidência quantitativa: Que fontes de dados (oficiais) você tem sobre este desafio que melhor exemplificam a importância e a urgência deste desafio de fronteira? Você pode adicionar texto, um link ou uma imagem.',
          ],
        },
        {
          id: 'qualitative-evidence',
          prompt:
            'Qualitative evidence: What weak signals have you recently spotted that characterizes its urgency? Please provide qualitative information that better exemplifies the importance and urgency of this frontier challenge. You can add text, a link, or a picture.',
          answer: 'text',
          variants: [
            'Evidência qualitativa: Que sinais fracos você identificou recentemente que caracterizam a sua urgência? Por favor, forneça informações qualitativas que melhor exemplifiquem a importância e a urgência deste desafio de fronteira. Você pode adicionar texto, um link ou uma imagem.',
          ],
        },
        {
          id: 'value-proposition',
          prompt:
            'Value proposition: What added value or unique value proposition is your Accelerator Lab bringing to solving this challenge? Why is it your Lab that needs to work on this challenge and not other actors within UNDP, other stakeholders in the country respectively? Why is it worth investing resources to this challenge?',
          answer: 'text',
          variants: [
            'Proposta de valor: Que valor agregado ou proposta de valor única o seu Accelerator Lab traz para a solução deste desafio? Por que é o seu Lab que precisa trabalhar neste desafio, e não outros atores dentro do PNUD ou outras partes interessadas no país, respectivamente? Por que vale a pena investir recursos neste desafio?',
          ],
        },
        {
          id: 'tweet',
          prompt:
            'Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?',
          answer: 'text',
          limit: { characters: 280 },
          variants: [
            'Resumo curto em “tweet”: Gostaríamos de tuitar sobre o que você está trabalhando. Você pode resumir o seu desafio em no máximo 280 caracteres?',
          ],
        },
      ],
    },
    {
      id: 'challenge-classification',
      heading: 'Challenge classification',
      localized: [
        'Classement du défi',
        'Classement des défis',
        'Clasificación del desafío',
        'Classificação do desafio',
      ],
      // Its answers became the sdgs, thematic_areas and methods tags, so the section is empty by design.
      required: true,
      emptyByDesign: true,
      questions: [],
    },
    {
      id: 'partners',
      heading: 'Partners',
      localized: ['Les partenaires', 'Socios', 'Parceiros'],
      required: true,
      questions: [
        {
          id: 'top-partners',
          prompt:
            'Who are your top 5 partners for this challenge? Please submit from MOST to LEAST important and state Name, Sector and a brief description of the (intended) collaboration.',
          answer: 'header',
          limit: { items: 5 },
          variants: [
            'Quem são os seus 5 principais parceiros para este desafio? Por favor, liste-os do MAIS ao MENOS importante e indique o nome, o setor e uma breve descrição da colaboração (pretendida).',
          ],
        },
        {
          id: 'partner-name',
          prompt: 'Please state the name of the Parter:',
          variants: ['Please state the name of the partner:', 'Por favor, indique o nome do parceiro:'],
          answer: 'text',
        },
        // A choice the platform keeps out of its export: no exported plan answers it, so it is never asked for.
        {
          id: 'partner-sector',
          prompt: 'What sector does our partner belong to?',
          answer: 'text',
          optional: true,
          variants: ['A que setor pertence o nosso parceiro?'],
          notExported: true,
        },
        {
          id: 'partner-collaboration',
          prompt: 'Please provide a brief description of the collaboration.',
          answer: 'text',
          variants: ['Por favor, forneça uma breve descrição da colaboração.'],
        },
        {
          id: 'partner-new',
          prompt: 'Is this a new and unusual partner for UNDP?',
          answer: 'text',
          optional: true,
          variants: ['Este é um parceiro novo e incomum para o PNUD?'],
          notExported: true,
        },
      ],
    },
    {
      id: 'learning-questions',
      heading: 'Learning questions',
      localized: ["Questions d'apprentissage", 'Preguntas de aprendizaje', 'Perguntas de aprendizagem'],
      required: true,
      repeatable: true,
      questions: [
        {
          id: 'learning-question',
          prompt:
            'Learning question: What is your learning question for this challenge? What do you need to know or understand to work on your challenge statement?',
          answer: 'text',
          variants: [
            'Pergunta de aprendizagem: Qual é a sua pergunta de aprendizagem para este desafio? O que você precisa saber ou entender para trabalhar na declaração do seu desafio?',
          ],
        },
        {
          id: 'learning-cycle',
          prompt: 'To what stage(s) in the learning cycle does your learning question relate?',
          answer: 'checklist',
          options: ['Sense', 'Explore', 'Test', 'Grow'],
          variants: ['A que etapa(s) do ciclo de aprendizagem se refere a sua pergunta de aprendizagem?'],
        },
        {
          id: 'usage-of-methods',
          prompt:
            'Usage of methods: Relating to your choice above, how will you use your methods & tools for this learning question? What value do these add in answering your learning question?',
          answer: 'text',
          variants: [
            'Usage of methods: Relating to your choice above, how will you use your methods &amp; tools for this learning question? What value do these add in answering your learning question?',
            'Uso de métodos: Em relação à sua escolha acima, como você usará os seus métodos e ferramentas para esta pergunta de aprendizagem? Que valor eles acrescentam para responder à sua pergunta de aprendizagem?',
          ],
        },
        {
          id: 'data-gaps',
          prompt:
            'Existing data gaps: Relating to your choice above, what existing gaps in data or information do these new sources of data addressing? What value do these add in answering your learning question?',
          answer: 'text',
          variants: [
            'Lacunas de dados existentes: Em relação à sua escolha acima, que lacunas existentes de dados ou de informação essas novas fontes de dados abordam? Que valor elas acrescentam para responder à sua pergunta de aprendizagem?',
          ],
        },
      ],
    },
    {
      id: 'closing',
      heading: 'Closing',
      localized: ['Fermeture', 'Clausura', 'Encerramento'],
      required: true,
      questions: [
        {
          id: 'early-leads',
          prompt:
            'Early leads to grow: Think about the possible grow phase for this challenge - who might benefit from your work on this challenge or who might be the champions in your country that you should inform or collaborate with early on to help you grow this challenge?',
          answer: 'text',
          variants: [
            'Primeiras pistas para crescer: Pense na possível fase de crescimento deste desafio - quem poderia se beneficiar do seu trabalho neste desafio ou quem poderiam ser os defensores no seu país que você deveria informar ou com quem deveria colaborar desde cedo para ajudá-lo a fazer crescer este desafio?',
          ],
        },
        {
          id: 'end-of-plan',
          prompt:
            'END OF ACTION LEARNING PLAN: Thank you! The form saves automatically and your submission has been recorded. You may now exit this window.',
          answer: 'message',
          optional: true,
          variants: [
            'FIM DO PLANO DE APRENDIZAGEM PARA A AÇÃO: Obrigado! O formulário é salvo automaticamente e o seu envio foi registrado. Você já pode sair desta janela.',
          ],
        },
      ],
    },
  ],
};
