import { memoize } from '../memo';

/** Longest label a message quotes: prompts run to several sentences. */
const MAX_LABEL = 60;

/**
 * A question named in a few words, for messages: the label the form puts before its colon ("Background",
 * "Short “tweet” summary"), else the prompt's first sentence, cut at a word when it runs long.
 */
export function questionLabel(prompt: string): string {
  return labelOnce(prompt);
}

/** Documents of one form share their prompts: each prompt is labelled once. */
const labelOnce = memoize(labelOf);

function labelOf(prompt: string): string {
  const text = prompt.replace(/\s+/g, ' ').trim();
  const lead = /^([^:?]{3,40}):\s/.exec(text)?.[1];
  if (lead) return lead;
  const sentence = /^(.*?[?.])(?:\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= MAX_LABEL) return sentence;
  const cut = sentence.slice(0, MAX_LABEL - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LABEL / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}
