import { scanTagLine } from './tags';

/** A line that is exactly one well-formed tag. */
export interface TagAt {
  key: string;
  value: string;
  /** How many characters of the line the tag takes, from the line's start (trailing blanks excluded). */
  length: number;
}

/**
 * The tag a line holds, read as the service reads tag lines: the line from `start` to the next line break must be
 * one whole `[[key:value]]`. Reads the line once, so a caller stepping from line start to line start stays linear.
 */
export function tagLineAt(text: string, start: number): TagAt | null {
  if (text.charCodeAt(start) !== 0x5b || text.charCodeAt(start + 1) !== 0x5b) return null;
  const newline = text.indexOf('\n', start);
  const line = text.slice(start, newline < 0 ? text.length : newline).trimEnd();
  const scanned = scanTagLine(line, 0, true);
  const tag = scanned?.tags[0];
  if (!scanned || !tag || scanned.tags.length !== 1 || scanned.problems.length > 0) return null;
  return { key: tag.key, value: tag.value, length: line.length };
}
