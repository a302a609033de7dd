import type * as Decode from 'entities/decode';

/** The bundler's `require`, for a module loaded on first use (the web worker has no Node types to declare it). */
declare const require: (id: string) => unknown;

let decoder: typeof Decode | undefined;

/** An entity's character(s). The decoder's tables are built on first use: a run that meets no entity skips them. */
function decodeHTMLStrict(entity: string): string {
  decoder ??= require('entities/decode') as typeof Decode;
  return decoder.decodeHTMLStrict(entity);
}

/** An HTML character reference: named (`&amp;`), decimal (`&#39;`) or hexadecimal (`&#x27;`). */
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** Characters that mean something in Markdown or HTML: written as entities, they are safer left so. */
const MARKUP = /[<>*_`[\]\\#]/;

export interface EntityFound {
  /** Where the entity starts on its line, and its text. */
  start: number;
  text: string;
  /** What it stands for. */
  decoded: string;
  /** Whether writing the character in its place is safe: not markup, and a plain space for a no-break space. */
  replacement: string | null;
}

/** The HTML entities of one line of text that a reader would see as code, not as the character. */
export function findEntities(line: string): EntityFound[] {
  const found: EntityFound[] = [];
  if (!line.includes('&')) return found;
  const exempt = exemptSpans(line);
  for (const match of line.matchAll(ENTITY)) {
    if (exempt.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const decoded = decodeHTMLStrict(match[0]);
    if (decoded === match[0]) continue;
    const replacement = decoded === '\u00a0' ? ' ' : MARKUP.test(decoded) ? null : decoded;
    found.push({ start: match.index, text: match[0], decoded, replacement });
  }
  return found;
}

/** HTML tags (whose attributes rightly escape `&` and quotes) and web addresses, where entities are no slip. */
const EXEMPT = /<[A-Za-z][^<>]*>|\b(?:https?:\/\/|www\.)[^\s)\]]+/g;

function exemptSpans(line: string): [number, number][] {
  if (!line.includes('<') && !line.includes('http') && !line.includes('www.')) return [];
  return [...line.matchAll(EXEMPT)].map((match) => [match.index, match.index + match[0].length]);
}

/** The text with its entities read as the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, (entity) => decodeHTMLStrict(entity)) : text;
}
