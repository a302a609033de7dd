import MarkdownIt from 'markdown-it';
import { escapeHtml } from './htmlEscape';

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * Markdown for answers written by anyone: raw HTML is shown as text, never parsed; links only to the web or
 * mail; images become a labelled link, since the preview loads nothing from the network.
 */
export function createAnswerMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index]!;
    const source = String(token.attrGet('src') ?? '');
    const alt = String(token.children?.map((child) => child.content).join('') || 'image');
    const label = `🖼 ${escapeHtml(alt)}`;
    return SAFE_LINK.test(source)
      ? `<a class="lp-image" href="${escapeHtml(source)}">${label}</a>`
      : `<span class="lp-image">${label}</span>`;
  };
  return md;
}

export type AnswerMarkdown = ReturnType<typeof createAnswerMarkdown>;
