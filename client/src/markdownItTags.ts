import type MarkdownItType from 'markdown-it';
import { sdgByValue, tagLineAt, type TagAt } from '../../server/src/service';
import { sdgChip, tagChip } from './panels/chips';

type MarkdownIt = InstanceType<typeof MarkdownItType>;
type StateInline = Parameters<Parameters<MarkdownIt['inline']['ruler']['push']>[1]>[0];

/** Whether a tag line may start here: `[[` at the start of a line that ends in `]]`. */
function startsTagLine(src: string, start: number): boolean {
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5b) return false;
  if (start > 0 && src.charCodeAt(start - 1) !== 0x0a) return false;
  const newline = src.indexOf('\n', start);
  let end = newline < 0 ? src.length : newline;
  while (end > start && (src.charCodeAt(end - 1) === 0x20 || src.charCodeAt(end - 1) === 0x09)) end--;
  return src.charCodeAt(end - 1) === 0x5d && src.charCodeAt(end - 2) === 0x5d;
}

/**
 * Shows `[[key:value]]` lines in VS Code's Markdown preview as the same chips as the Learning Plans preview. A tag
 * is read only where a line starts, with the service's own reading of tag lines, and each line is read at most once
 * per paragraph: the preview stays linear in the size of the document whatever it holds.
 */
export function learningPlanTags(md: MarkdownIt): void {
  let source = '';
  let lines = new Map<number, TagAt | null>();
  md.inline.ruler.before('link', 'learning_plan_tag', (state: StateInline, silent: boolean) => {
    const start = state.pos;
    if (!startsTagLine(state.src, start)) return false;
    if (state.src !== source) {
      source = state.src;
      lines = new Map();
    }
    if (!lines.has(start)) lines.set(start, tagLineAt(state.src, start));
    const tag = lines.get(start);
    if (!tag) return false;
    if (!silent) state.push('learning_plan_tag', '', 0).meta = { key: tag.key, value: tag.value };
    state.pos += tag.length;
    return true;
  });
  md.renderer.rules.learning_plan_tag = (tokens, index) => {
    const { key, value } = tokens[index]!.meta as { key: string; value: string };
    const goal = key.toLowerCase() === 'sdgs' ? sdgByValue(value) : undefined;
    return goal ? sdgChip(goal.number, goal.name) : tagChip(key, value, undefined, `${key}: `);
  };
}
