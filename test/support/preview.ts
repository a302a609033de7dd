import { createAnswerMarkdown } from '../../client/src/panels/markdown';
import { renderPreviewBody, type PreviewLabels } from '../../client/src/panels/previewBody';
import { analyzeText, checkDocument, resolveSettings } from '../../server/src/service/internals';
import { summarize } from '../../server/src/service/features/summary';

/** The preview's words in English, as the extension gives them without a translation. */
export const PREVIEW_LABELS: PreviewLabels = {
  answered: (a, t) => `${a}/${t} answered`,
  sectionAnswered: (a, t) => `${a} of ${t} answered`,
  writeTo: (address) => `Write to ${address}`,
  problems: (e, w, i) => `${e}/${w}/${i}`,
  noProblems: 'No problems',
  noAnswer: 'No answer yet',
  statuses: {
    placeholder: 'A placeholder, not an answer yet',
    optional: 'Optional: not counted',
    notExported: "The platform's export never carries this answer: not counted",
    spare: 'A spare slot of the template: not counted',
  },
  ready: 'Ready for the platform',
  blocked: (count) => `${count} things block submission`,
  untitled: 'Untitled',
  labels: {
    sdgs: 'SDGs',
    methods: 'Methods',
    place: 'Country',
    year: 'Year',
    focalPoint: 'Focal point',
    other: 'More',
  },
};

const settings = resolveSettings({}, { currentYear: 2026 });

/** The preview's HTML for a document, as the panel draws it. */
export function previewHtml(text: string): string {
  const analysis = analyzeText(text);
  const findings = checkDocument(analysis, settings).findings;
  return renderPreviewBody(summarize(analysis, findings), createAnswerMarkdown(), PREVIEW_LABELS);
}
