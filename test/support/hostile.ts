/** Hostile documents and configurations, made the same way for the command-line and the server tests. */

/** A plan's header whose tags are all right, so that what follows is the only thing to report. */
export const HEADER =
  '# Plan\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

/** A word of ten letters for each index, all different, none a value of any vocabulary. */
export function nonsenseWord(index: number): string {
  let word = '';
  let state = (index * 2654435761 + 1) >>> 0;
  for (let letter = 0; letter < 10; letter++) {
    state = (state * 1103515245 + 12345) >>> 0;
    word += String.fromCharCode(97 + ((state >>> 16) % 26));
  }
  return word;
}

/** `count` tag lines of one key, each with a different value that no vocabulary knows. */
export function distinctUnknownValues(key: string, count: number): string {
  const lines = Array.from({ length: count }, (_, index) => `[[${key}:${nonsenseWord(index)} ${index}]]`);
  return `${HEADER}${lines.join('\n')}\n`;
}

/** One country value of about 1.3 MB. */
export function hugeCountryValue(): string {
  return `${HEADER}[[country:${'Bolivia plurinational '.repeat(60_000)}]]\n`;
}

/** 200,000 broken tag lines: one finding each. */
export function twoHundredThousandFindings(): string {
  return HEADER + '[[bad tag\n'.repeat(200_000);
}

/** A configuration whose vocabulary has `count` keys. */
export function vocabularyOfKeys(count: number): string {
  const lines = Array.from({ length: count }, (_, index) => `  key${index}: [value ${index}]`);
  return `vocabulary:\n${lines.join('\n')}\n`;
}
