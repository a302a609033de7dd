/**
 * Text to show word for word inside Markdown (a hover): every ASCII punctuation character is escaped, so that
 * text from a configuration file cannot make a link, an image, raw HTML, an autolinked address or emphasis, and
 * line breaks become spaces, so that it cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
