/** Learning plans are Markdown in the archive and plain text as seeds: the server decides by content which are ours. */
export const DOCUMENT_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];
