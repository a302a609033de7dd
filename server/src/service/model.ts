/**
 * The document model: what the parser reads off a learning-plan-family document.
 * Positions are 0-based lines and UTF-16 code units, as in LSP, so ranges pass through unchanged.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What a document is, read from its content (never from its file name). */
export type DocKind = 'learningplan' | 'experiment' | 'solution' | 'toolkit' | 'other';

/** Which of the platform's forms a document follows. */
export type FormId = 'plan' | 'closing' | 'experiment' | 'solution' | 'toolkit';

/** The two syntaxes of FORMAT.md: archive pages with `[[key:value]]` tags, toolkit cards with YAML front matter. */
export type Syntax = 'archive' | 'toolkit' | 'none';

export interface Tag {
  /** The key as written (may differ in case from the canonical key). */
  key: string;
  /** The value as written, trimmed. */
  value: string;
  line: number;
  /** The whole `[[key:value]]`. */
  range: Range;
  keyRange: Range;
  valueRange: Range;
  /** False when the tag line sits below the header block, among the sections. */
  inHeader: boolean;
}

/** A line that tries to be a tag and is not well formed. */
export interface MalformedTag {
  problem: 'unclosed' | 'no-colon' | 'not-alone' | 'no-key' | 'single-bracket' | 'split';
  line: number;
  range: Range;
}

export interface Heading {
  level: number;
  text: string;
  line: number;
  range: Range;
  /** The range of the heading's text alone (after the `#` marks). */
  textRange: Range;
}

export interface Answer {
  /** The answer's text with blank lines and group markers removed, lines joined by '\n'. */
  text: string;
  range: Range;
}

export interface Question {
  prompt: string;
  /** Line of the first `>` line. */
  line: number;
  promptRange: Range;
  answer: Answer | null;
  /** Index into ParsedDocument.sections, or -1 before the first section. */
  section: number;
  /** Index into ParsedDocument.groups, or -1 outside groups. */
  group: number;
}

export interface Group {
  /** From the `<div class="group">` line to its `</div>` line (or the end of the section when unclosed). */
  range: Range;
  section: number;
  closed: boolean;
}

export interface Section {
  heading: Heading;
  /** From the heading to the line before the next section heading. */
  range: Range;
  /** Indexes into ParsedDocument.questions. */
  questions: number[];
  /** Last line of the section's body, inclusive. */
  endLine: number;
}

export interface FrontMatterItem {
  value: string;
  range: Range;
}

export interface FrontMatterEntry {
  key: string;
  keyRange: Range;
  valueRange: Range;
  /** Scalar value as a string, or null for lists and maps. */
  scalar: string | null;
  /** Items of a flow or block sequence of scalars, null when not a list. */
  items: FrontMatterItem[] | null;
}

/**
 * What is wrong in a piece of YAML (a card's front matter, the Lab's configuration): the YAML library's error code,
 * or one of ours, with the library's own English words kept for the codes an author rarely meets.
 */
export interface YamlProblem {
  code: string;
  detail: string;
}

export interface FrontMatterError {
  problem: YamlProblem;
  range: Range;
}

export interface FrontMatter {
  /** From the opening `---` to the closing `---` (or the end of the document when unclosed). */
  range: Range;
  closed: boolean;
  entries: FrontMatterEntry[];
  errors: FrontMatterError[];
}

export interface ParsedDocument {
  text: string;
  lines: readonly string[];
  /** Offsets of each line's first character. */
  lineStarts: readonly number[];
  /** Line break of each line ('' for the last line when the text does not end with one). */
  eols: readonly string[];
  syntax: Syntax;
  kind: DocKind;
  title: Heading | null;
  /** The value of the `type` tag, as written, when there is one. */
  declaredType: string | null;
  tags: Tag[];
  malformedTags: MalformedTag[];
  /** Lines [0, headerEndLine) form the header: title, tag block and blank lines. */
  headerEndLine: number;
  headings: Heading[];
  sections: Section[];
  questions: Question[];
  groups: Group[];
  frontMatter: FrontMatter | null;
  /** The line of a code fence that is never closed (it runs to the end of the document), or -1. */
  openFenceLine: number;
}
