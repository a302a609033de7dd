import type { FormMatch } from '../forms/match';
import { decodeEntities } from '../text/entities';
import commonStems from '../vocab/data/commonStems.json';
import type { ParsedDocument } from '../model';

/** How many word stems an index entry keeps: enough to tell one challenge from another, small enough for thousands. */
const SIGNATURE_SIZE = 40;
/** The first letters of a word: "innovadora" and "innovative", "financiación" and "financing" share them. */
const STEM_LENGTH = 5;

/** The answers that say what a challenge is about: the plan's statement and questions, the closing form's insights. */
const TELLING_QUESTIONS: ReadonlySet<string> = new Set([
  'title',
  'challenge-statement',
  'background',
  'tweet',
  'value-proposition',
  'learning-question',
  'key-insights',
  'handover-details',
  'barriers',
  'why-data',
  'why-methods',
]);

/** Words every plan uses, in the platform's four languages: they tell no challenge from another. */
const COMMON = new Set(
  (
    'about after also and are been being between both but can could des del della den der die does dont each ' +
    'este esta esto estos for from had has have her his how its las les los mais more most nos not now nous our ' +
    'out over para par pas per por pour que qui quoi sans ses sobre some such sur than that the their them then ' +
    'there these they this those through una une uno unos very was were what when where which while who will ' +
    'with would you your como com uma sus sua seu nossa nosso dans avec entre todo toda plus also into only ' +
    'challenge challenges desafio desafios defi defis learning learnings aprendizaje apprentissage plan plans ' +
    'closing form undp accelerator acelerador accelerateur lab labs laboratorio laboratoire ' +
    'sont etre avoir faire fait cette leur leurs tous tout toute toutes aussi ainsi donc comme elles notre vous ' +
    'votre sido estas tambien donde cuando todos todas hacer tiene tienen puede pueden nuestro nuestra sera ' +
    'year years also well within across while since'
  ).split(' '),
);

/**
 * Stems that one learning plan in five or more of the public archive uses (data, digital, community, innovation…):
 * shared, they tell nothing. Counted on the archive's 1,102 learning plans (UNDP-Accelerator-Labs/sdg-innovation-commons).
 */
const COMMON_STEMS: ReadonlySet<string> = new Set(commonStems);

/** Words of many titles that say how rather than what: "Exploring…", "Innovative…", "…portfolio", "Using…". */
const GENERIC_IN_TITLES: ReadonlySet<string> = new Set([
  'exper',
  'innov',
  'explo',
  'proje',
  'progr',
  'devel',
  'susta',
  'impro',
  'using',
  'towar',
  'enhan',
  'stren',
  'build',
  'suppo',
  'promo',
]);

/** The common words by their stems: whether a word is one of them is then known without cutting it out. */
const COMMON_BY_STEM = new Map<string, string[]>();
for (const word of COMMON) {
  const stem = word.slice(0, STEM_LENGTH);
  COMMON_BY_STEM.set(stem, [...(COMMON_BY_STEM.get(stem) ?? []), word]);
}

function wordStems(text: string): string[] {
  const found: string[] = [];
  eachStem((text.includes('&') ? decodeEntities(text) : text).toLowerCase(), (stem) => found.push(stem));
  return found;
}

/** A word without its accents, compatibility forms spelled out: "financiación" reads "financiacion". */
function plainWord(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Whether a character (by its code, surrogate pairs joined) is a letter, as `\p{L}` reads it. */
const LETTERS = new Map<number, boolean>();

function isLetter(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  let letter = LETTERS.get(code);
  if (letter === undefined) {
    letter = /\p{L}/u.test(String.fromCodePoint(code));
    LETTERS.set(code, letter);
  }
  return letter;
}

/** Combining accents: part of the word they follow, and dropped from it. */
function isAccent(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/**
 * The stems of a lower-cased text's words, read in one pass (no array of every word): the words of four letters or
 * more, but the common ones, cut to their first letters, each given to `visit`. Words of ASCII letters, most of
 * them, are read by a tight loop; a word with other letters or accents is read by `otherWord` and normalised.
 */
function eachStem(lower: string, visit: (stem: string) => void): void {
  const length = lower.length;
  let index = 0;
  while (index < length) {
    let code = lower.charCodeAt(index);
    if (code >= 97 && code <= 122) {
      const start = index;
      do index++;
      while (index < length && (code = lower.charCodeAt(index)) >= 97 && code <= 122);
      if (index < length && code >= 0x80) index = otherWord(lower, start, visit);
      else visitStem(lower, start, index, visit);
    } else if (code < 0x80) index++;
    else index = otherWord(lower, index, visit);
  }
}

/**
 * The word that starts at `from`, if a letter starts there (surrogate pairs joined, accents kept in it): its stem
 * visited, normalised when it has other than ASCII letters. Where to read on: after the word, or after that
 * character when it starts none.
 */
function otherWord(lower: string, from: number, visit: (stem: string) => void): number {
  let plain = true;
  let index = from;
  for (; index < lower.length; index++) {
    let code = lower.charCodeAt(index);
    let width = 1;
    if (code >= 0xd800 && code < 0xdc00 && index + 1 < lower.length) {
      code = lower.codePointAt(index)!;
      width = 2;
    }
    if (!(isLetter(code) || (index > from && isAccent(code)))) break;
    if (code >= 0x80) plain = false;
    index += width - 1;
  }
  if (index === from) return from + 1;
  if (plain) visitStem(lower, from, index, visit);
  else {
    const word = plainWord(lower.slice(from, index));
    visitStem(word, 0, word.length, visit);
  }
  return index;
}

function visitStem(lower: string, start: number, end: number, visit: (stem: string) => void): void {
  // Lengths and cuts in UTF-16 units, as the words' own `length` and `slice` count them.
  const length = end - start;
  if (length < 4) return;
  const stem = lower.slice(start, Math.min(end, start + STEM_LENGTH));
  const common = COMMON_BY_STEM.get(stem);
  if (common && common.some((word) => word.length === length && lower.startsWith(word, start))) return;
  visit(stem);
}

/** Whether a stem is one that a fifth of the archive's learning plans use. */
export function isCommonStem(stem: string): boolean {
  return COMMON_STEMS.has(stem);
}

/**
 * The telling word stems of a text (those only a few documents use), most frequent first (then first seen), at most
 * `size` of them.
 */
export function topStems(text: string, size = SIGNATURE_SIZE): string[] {
  const counts = new Map<string, number>();
  eachStem((text.includes('&') ? decodeEntities(text) : text).toLowerCase(), (stem) => {
    if (!COMMON_STEMS.has(stem)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  });
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, size)
    .map(([stem]) => stem);
}

/** What a learning plan is about, as word stems: its title and the answers that tell its challenge. */
export function textSignature(doc: ParsedDocument, match: FormMatch | null): string[] {
  const answers = doc.questions.flatMap((question, index) => {
    const id = match?.questions[index]?.question.id;
    return id && TELLING_QUESTIONS.has(id) && question.answer ? [question.answer.text] : [];
  });
  return topStems([doc.title?.text ?? '', ...answers].join('\n'));
}

/** The title's word stems: in a few words, common ones tell too ("green public procurement"), generic ones do not. */
export function titleStems(title: string): string[] {
  return [...new Set(wordStems(title).filter((stem) => !GENERIC_IN_TITLES.has(stem)))];
}
