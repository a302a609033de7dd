import type {
  DocumentSummary,
  QuestionSummary,
  Readiness,
  SectionSummary,
} from '../../../server/src/service';
import type { AnswerMarkdown } from './markdown';
import { sdgChip, tagChip } from './chips';
import { escapeHtml } from './htmlEscape';

export interface PreviewLabels {
  answered: (answered: number, total: number) => string;
  /** A section's count as read aloud: "1 of 1 answered" where the page shows "1/1". */
  sectionAnswered: (answered: number, total: number) => string;
  /** The name of the link that writes to the focal point. */
  writeTo: (address: string) => string;
  problems: (errors: number, warnings: number, information: number) => string;
  noProblems: string;
  noAnswer: string;
  /** What the preview says under a question that is not simply answered or unanswered. */
  statuses: { placeholder: string; optional: string; notExported: string; spare: string };
  /** The readiness verdict: ready, or how many things block submission. */
  ready: string;
  blocked: (count: number) => string;
  untitled: string;
  labels: { sdgs: string; methods: string; place: string; year: string; focalPoint: string; other: string };
}

/** The preview of a document, as the platform shows it: title, a card of its tags, then the sections. */
export function renderPreviewBody(
  summary: DocumentSummary,
  md: AnswerMarkdown,
  labels: PreviewLabels,
): string {
  return [
    header(summary, labels),
    ...summary.sections.map((section) => renderSection(summary, section, md, labels)),
  ].join('\n');
}

function header(summary: DocumentSummary, labels: PreviewLabels): string {
  const rows: string[] = [];
  const row = (label: string, content: string) =>
    content
      ? rows.push(
          `<div class="lp-row"><span class="lp-label">${escapeHtml(label)}</span><span class="lp-values">${content}</span></div>`,
        )
      : 0;
  row(labels.labels.sdgs, summary.sdgs.map((goal) => sdgChip(goal.number, goal.name, goal.line)).join(''));
  row(
    labels.labels.methods,
    summary.methods.map((method) => tagChip('methods', method.value, method.line)).join(''),
  );
  row(
    labels.labels.place,
    summary.places
      .map((place) =>
        tagChip('country', place.country || '—', place.countryLine, place.flag ? `${place.flag} ` : ''),
      )
      .join(''),
  );
  row(labels.labels.year, summary.year ? tagChip('year', summary.year) : '');
  if (summary.focalPoint) row(labels.labels.focalPoint, focalPoint(summary.focalPoint, labels));
  const other = summary.otherTags.map((tag) => tagChip(tag.key, tag.value, tag.line)).join('');
  const { answered, total } = summary.completeness;
  const percent = total === 0 ? 100 : Math.round((answered / total) * 100);
  const firstUnanswered = summary.completeness.sections.find(
    (section) => section.firstUnanswered !== null,
  )?.firstUnanswered;
  const d = summary.diagnostics;
  const problems = d.error + d.warning + d.information;
  return `<header class="lp-header">
  <div class="lp-form">${escapeHtml(summary.formLabel ?? summary.kind)}</div>
  <h1 data-source-line="${summary.titleLine}">${jumpButton(summary.title || labels.untitled)}</h1>
  <div class="lp-card">${rows.join('')}${other ? `<details class="lp-more"><summary>${escapeHtml(labels.labels.other)}</summary>${other}</details>` : ''}</div>
  <div class="lp-status">
    <button id="lp-completeness" class="lp-meter" data-line="${firstUnanswered ?? summary.titleLine}" title="${escapeHtml(labels.answered(answered, total))}">
      <span class="lp-meter-bar"><span class="lp-meter-fill lp-pct-${Math.round(percent / 5) * 5}"></span></span>
      <span class="lp-meter-text">${escapeHtml(labels.answered(answered, total))}</span>
    </button>
    <button id="lp-diagnostics" class="lp-problems${d.error > 0 ? ' lp-has-errors' : ''}" data-line="${d.firstLine ?? summary.titleLine}">${escapeHtml(
      problems === 0 ? labels.noProblems : labels.problems(d.error, d.warning, d.information),
    )}</button>
  </div>
  ${readinessVerdict(summary.readiness, labels)}
</header>`;
}

/**
 * Ready for the platform, or what blocks it: the same verdict as the status bar's, each blocker a button that goes
 * to its line. Nothing for documents that are not submitted (toolkit cards, notes).
 */
function readinessVerdict(readiness: Readiness, labels: PreviewLabels): string {
  if (!readiness.applies) return '';
  if (readiness.ready)
    return `<p id="lp-readiness" class="lp-readiness lp-ready"><span class="lp-ready-mark" aria-hidden="true">✓ </span>${escapeHtml(labels.ready)}</p>`;
  const items = readiness.blockers
    .map(
      (blocker) =>
        `<li><button type="button" class="lp-blocker" data-line="${blocker.line}">${escapeHtml(blocker.message)}</button></li>`,
    )
    .join('');
  return `<details id="lp-readiness" class="lp-readiness lp-blocked"><summary>${escapeHtml(
    labels.blocked(readiness.blockers.length),
  )}</summary><ul class="lp-blockers">${items}</ul></details>`;
}

/** A button that reveals the source line of the element holding it (the click handler looks upwards). */
function jumpButton(text: string): string {
  return `<button type="button" class="lp-jump">${escapeHtml(text)}</button>`;
}

/** The focal point as a chip that goes to its tag, and beside it a link to write to them when it is an address. */
function focalPoint(focal: { value: string; line: number }, labels: PreviewLabels): string {
  const chip = tagChip('focal_point', focal.value, focal.line);
  if (!/^[^\s@]+@[^\s@]+$/.test(focal.value)) return chip;
  const name = escapeHtml(labels.writeTo(focal.value));
  return `${chip}<a class="lp-mail" href="mailto:${escapeHtml(focal.value)}" title="${name}" aria-label="${name}"><span aria-hidden="true">✉</span></a>`;
}

function renderSection(
  summary: DocumentSummary,
  section: SectionSummary,
  md: AnswerMarkdown,
  labels: PreviewLabels,
): string {
  const counted = summary.completeness.sections.find((entry) => entry.line === section.line);
  // The count sits beside the heading, not in it: the heading reads as the section's name alone.
  const progress =
    counted && counted.total > 0
      ? `<span class="lp-section-progress"><span aria-hidden="true">${counted.answered}/${counted.total}</span><span class="lp-visually-hidden">${escapeHtml(labels.sectionAnswered(counted.answered, counted.total))}</span></span>`
      : '';
  const heading = section.heading
    ? `<div class="lp-section-head"><h2 data-source-line="${section.line}">${jumpButton(section.heading)}</h2>${progress}</div>`
    : '';
  return `<section class="lp-section" data-source-line="${section.line}">${heading}${groupQuestions(section.questions, md, labels)}</section>`;
}

/** Consecutive questions of one `<div class="group">` go on one card. */
function groupQuestions(
  questions: readonly QuestionSummary[],
  md: AnswerMarkdown,
  labels: PreviewLabels,
): string {
  const parts: string[] = [];
  let index = 0;
  while (index < questions.length) {
    const group = questions[index]!.group;
    const run: QuestionSummary[] = [];
    while (index < questions.length && (group >= 0 ? questions[index]!.group === group : run.length === 0))
      run.push(questions[index++]!);
    const rendered = run.map((question) => renderQuestion(question, md, labels)).join('');
    parts.push(group >= 0 ? `<div class="lp-group-card">${rendered}</div>` : rendered);
  }
  return parts.join('');
}

function renderQuestion(question: QuestionSummary, md: AnswerMarkdown, labels: PreviewLabels): string {
  const answer =
    question.answer === null
      ? ''
      : `<div class="lp-answer" tabindex="0" data-source-line="${question.answerLine ?? question.line}">${md.render(question.answer)}</div>`;
  const note = statusNote(question, labels);
  const empty = question.answer === null ? ' lp-empty' : '';
  return `<div class="lp-question${empty} lp-status-${question.status}" data-source-line="${question.line}"><p class="lp-prompt">${jumpButton(question.prompt)}</p>${answer}${note}</div>`;
}

/**
 * What the preview says of a question that is not simply answered, so that the counts beside the headings match
 * what the page shows: only answered, unanswered and placeholder answers count.
 */
function statusNote(question: QuestionSummary, labels: PreviewLabels): string {
  const text = {
    answered: '',
    unanswered: labels.noAnswer,
    placeholder: labels.statuses.placeholder,
    optional: labels.statuses.optional,
    'not-exported': labels.statuses.notExported,
    spare: labels.statuses.spare,
    // A header answered by the groups under it, or a message of the form: nothing to say.
    'not-a-question': '',
  }[question.status];
  if (!text) return '';
  return `<p class="lp-unanswered">${escapeHtml(text)}</p>`;
}
