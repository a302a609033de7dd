import type MarkdownItType from 'markdown-it';
import { sdgVocabulary } from '../../server/src/service/vocab/sdgs';
import { sdgChip, tagChip } from './panels/chips';

type MarkdownIt = InstanceType<typeof MarkdownItType>;
type StateInline = Parameters<Parameters<MarkdownIt['inline']['ruler']['push']>[1]>[0];

const TAG = /^\[\[([A-Za-z_]+):([^\]\n]*)\]\]/;

/** Shows `[[key:value]]` lines in VS Code's Markdown preview as the same chips as the Learning Plans preview. */
export function learningPlanTags(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'learning_plan_tag', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5b)
      return false;
    const match = TAG.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('learning_plan_tag', '', 0);
      token.meta = { key: match[1], value: match[2]?.trim() ?? '' };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.learning_plan_tag = (tokens, index) => {
    const { key, value } = tokens[index]!.meta as { key: string; value: string };
    const goal = key.toLowerCase() === 'sdgs' ? sdgVocabulary.lookup(value)?.entry : undefined;
    return goal ? sdgChip(goal.number, goal.name) : tagChip(key, value, undefined, `${key}: `);
  };
}
