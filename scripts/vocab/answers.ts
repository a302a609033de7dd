// The closed answer lists of the experiment and solution forms (config/edit/exp.js, sm.js), as the archive's
// exporter writes them, merged with the committed counts and with the values the archive still carries from
// earlier versions of the forms.
import type { AnswerList } from './platformSources';
import { SourceError } from './platformSources';
import { byCodeUnits } from './sdgs';

export interface AnswerData {
  /** The value as the archive writes it: the platform's option after the exporter's rewriting. */
  canonical: string;
  /** The option as the platform's form offers it. */
  platform: string;
  aliases: string[];
  /** Spellings of earlier versions of the form that the archive still carries: accepted, not current. */
  outdated: string[];
  /** How often the archive uses the value, in any of its spellings. */
  count: number;
}

/** An answer as the committed enums.json holds it (an earlier version had no `platform` nor `outdated`). */
export interface CommittedAnswer {
  canonical: string;
  aliases?: string[];
  outdated?: string[];
  count: number;
}

/**
 * The exporter (render_md.py in the archive) shortens two kinds of answers: "This experiment led to
 * partnerships" is written "led to partnerships", "No, it does not use a control group" "It does not use…".
 */
export function exportedValue(option: string): string {
  return option.replace(/^This experiment /i, '').replace(/^No, it does not /i, 'It does not ');
}

/**
 * Archive values of earlier forms that are no spelling of a current answer, with the answer that took their place.
 * The platform's experiment form keeps "Fully randomised (RCTs, etc.)" commented out after "Experimental (RCTs,
 * etc.)"; the control-group question once took a plain "No".
 */
export const REPLACED_BY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  experiment_type: { 'Fully Randomised (RCTs, etc.)': 'Experimental (RCTs, etc.)' },
  control_group: { No: 'No, it does not use a control group' },
};

const fold = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

export function buildAnswers(
  lists: readonly AnswerList[],
  committed: Readonly<Record<string, readonly CommittedAnswer[]>>,
): Record<string, AnswerData[]> {
  const result: Record<string, AnswerData[]> = {};
  for (const { key, options } of lists) {
    if (result[key]) throw new SourceError(`Two forms define the answers to "${key}".`);
    const answers = options.map((option) => currentAnswer(option));
    for (const old of committed[key] ?? []) mergeArchiveValues(key, answers, old);
    for (const answer of answers) answer.outdated.sort(byCodeUnits);
    result[key] = answers;
  }
  const lost = Object.keys(committed).filter((key) => !result[key]);
  if (lost.length > 0) throw new SourceError(`The platform's forms no longer ask: ${lost.join(', ')}.`);
  return result;
}

function currentAnswer(option: string): AnswerData {
  const canonical = exportedValue(option);
  return {
    canonical,
    platform: option,
    aliases: canonical === option ? [] : [option],
    outdated: [],
    count: 0,
  };
}

/** Adds the archive's spellings and count of a committed answer to the current answer they name. */
function mergeArchiveValues(key: string, answers: AnswerData[], old: CommittedAnswer): void {
  const target = currentAnswerFor(key, answers, old.canonical);
  target.count += old.count;
  for (const spelling of [old.canonical, ...(old.aliases ?? []), ...(old.outdated ?? [])]) {
    const answer = currentAnswerFor(key, answers, spelling);
    const current = [answer.canonical, answer.platform, ...answer.aliases];
    if (!current.includes(spelling) && !answer.outdated.includes(spelling)) answer.outdated.push(spelling);
  }
}

function currentAnswerFor(key: string, answers: readonly AnswerData[], value: string): AnswerData {
  const replacement = REPLACED_BY[key]?.[value];
  const wanted = fold(exportedValue(replacement ?? value));
  const answer = answers.find((candidate) => fold(candidate.canonical) === wanted);
  if (answer) return answer;
  throw new SourceError(
    `The archive's "${value}" (${key}) is none of the platform's current answers: ` +
      'name the answer that replaced it in REPLACED_BY (scripts/vocab/answers.ts).',
  );
}
