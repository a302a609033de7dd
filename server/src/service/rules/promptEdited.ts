import { LRUCache } from 'lru-cache';
import type { FormQuestion, FormSection } from '../forms/types';
import { MAX_MEMO_KEY_LENGTH } from '../memo';
import { fold } from '../vocab/normalize';
import { similarity } from '../vocab/similarity';
import type { Rule } from './types';

/** Short prompts ("Sense") are left alone: with few letters, similar is not the same question. */
const MIN_LENGTH = 20;

/** Remembered per form and prompt; the least recently used are forgotten first. */
const nearestCache = new LRUCache<string, { question: FormQuestion | null }>({ max: 5_000 });

/** The section's question whose wording is closest to the prompt, if close enough; remembered per form and prompt. */
function nearestPrompt(cacheKey: string, section: FormSection, prompt: string): FormQuestion | null {
  const known = nearestCache.get(cacheKey);
  if (known) return known.question;
  const key = fold(prompt);
  const best = section.questions
    .map((candidate) => ({ candidate, score: similarity(key, fold(candidate.prompt), 0.85) }))
    .sort((a, b) => b.score - a.score)[0];
  const result = best && best.score >= 0.85 ? best.candidate : null;
  if (cacheKey.length <= MAX_MEMO_KEY_LENGTH) nearestCache.set(cacheKey, { question: result });
  return result;
}

export const promptEdited: Rule = {
  id: 'LP044',
  name: 'prompt-edited',
  defaultSeverity: 'hint',
  kinds: ['learningplan', 'experiment'],
  description: "A question's prompt differs from the form's wording, which the platform matches answers by.",
  check({ doc, match, t, report }) {
    if (!match) return;
    doc.questions.forEach((question, index) => {
      if (match.questions[index] || question.prompt.length < MIN_LENGTH) return;
      const formSection = match.sections[question.section];
      if (!formSection) return;
      const nearest = nearestPrompt(
        `${match.form.id}/${match.form.variant ?? ''}/${formSection.id}\u0000${question.prompt}`,
        formSection,
        question.prompt,
      );
      if (!nearest) return;
      report({
        range: question.promptRange,
        message: t('This prompt differs from the form\'s: "{0}"', nearest.prompt),
        fixes: [
          {
            title: t("Restore the form's wording"),
            edits: [{ range: question.promptRange, newText: `> ${nearest.prompt}` }],
          },
        ],
      });
    });
  },
};
