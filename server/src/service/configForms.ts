import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ConfigProblem, ToRange } from './configProblem';
import { FORM_KINDS, type EditionSpec, type QuestionSpec, type SectionSpec } from './forms/extraForms';
import type { Localize } from './l10n';
import type { FormId } from './model';

interface Reader {
  toRange: ToRange;
  problems: ConfigProblem[];
  t: Localize;
}

/**
 * Reads `forms:`, a Lab's own editions of the platform's forms:
 *   forms:
 *     - form: plan
 *       edition: lab-2025
 *       sections:
 *         - heading: Title
 *           questions: [Please provide a name for your action learning plan.]
 *         - heading: Risks
 *           required: false
 *           questions:
 *             - prompt: What could stop you?
 *               characters: 500
 * An edition that is wrong is reported at its line and left out; the others apply.
 */
export function readForms(node: Node | null, toRange: ToRange, problems: ConfigProblem[], t: Localize) {
  const reader: Reader = { toRange, problems, t };
  if (!isSeq(node)) {
    problems.push({ message: t('`forms` must be a list of form editions.'), range: toRange(node) });
    return [];
  }
  const editions: EditionSpec[] = [];
  for (const item of node.items as Node[]) {
    const edition = readEdition(item, reader);
    if (edition) editions.push(edition);
  }
  return editions;
}

function fields(node: Node | null, reader: Reader, what: string): Map<string, Pair<Node, Node>> | null {
  if (!isMap(node)) {
    reader.problems.push({ message: reader.t('{0} must be a map.', what), range: reader.toRange(node) });
    return null;
  }
  return new Map(
    (node.items as Pair<Node, Node>[]).map((pair) => [
      isScalar(pair.key) ? String(pair.key.value) : '',
      pair,
    ]),
  );
}

function unknownKeys(map: Map<string, Pair<Node, Node>>, known: readonly string[], reader: Reader): void {
  for (const [key, pair] of map) {
    if (known.includes(key)) continue;
    reader.problems.push({
      message: reader.t('Unknown key `{0}`: expected one of {1}.', key, known.join(', ')),
      range: reader.toRange(pair.key),
    });
  }
}

function text(pair: Pair<Node, Node> | undefined): string | null {
  return pair && isScalar(pair.value) && String(pair.value.value).trim() !== ''
    ? String(pair.value.value).trim()
    : null;
}

function readEdition(node: Node, reader: Reader): EditionSpec | null {
  const map = fields(node, reader, reader.t('A form edition'));
  if (!map) return null;
  unknownKeys(map, ['form', 'edition', 'label', 'sections'], reader);
  const form = text(map.get('form'));
  if (!form || !Object.hasOwn(FORM_KINDS, form)) {
    reader.problems.push({
      message: reader.t('`form` must be one of {0}.', Object.keys(FORM_KINDS).join(', ')),
      range: reader.toRange(map.get('form')?.value ?? node),
    });
    return null;
  }
  const edition = text(map.get('edition'));
  if (!edition) {
    reader.problems.push({
      message: reader.t('The edition needs a name: `edition`.'),
      range: reader.toRange(node),
    });
    return null;
  }
  const sectionsNode = map.get('sections')?.value ?? null;
  if (!isSeq(sectionsNode) || sectionsNode.items.length === 0) {
    reader.problems.push({
      message: reader.t('`sections` must be a list of sections, each with a `heading`.'),
      range: reader.toRange(sectionsNode ?? node),
    });
    return null;
  }
  const sections = (sectionsNode.items as Node[]).map((item) => readSection(item, reader));
  if (sections.some((section) => section === null)) return null;
  const label = text(map.get('label'));
  return { form: form as FormId, edition, ...(label ? { label } : {}), sections: sections as SectionSpec[] };
}

function readSection(node: Node, reader: Reader): SectionSpec | null {
  const map = fields(node, reader, reader.t('A section'));
  if (!map) return null;
  unknownKeys(map, ['heading', 'localized', 'required', 'repeatable', 'questions'], reader);
  const heading = text(map.get('heading'));
  if (!heading) {
    reader.problems.push({
      message: reader.t('The section needs a `heading`.'),
      range: reader.toRange(node),
    });
    return null;
  }
  const required = flag(map.get('required'), reader);
  const repeatable = flag(map.get('repeatable'), reader);
  const localized = list(map.get('localized'), reader);
  const questionsNode = map.get('questions')?.value ?? null;
  const questions =
    questionsNode === null ? [] : isSeq(questionsNode) ? (questionsNode.items as Node[]) : null;
  if (questions === null) {
    reader.problems.push({
      message: reader.t('`questions` must be a list of prompts.'),
      range: reader.toRange(questionsNode),
    });
    return null;
  }
  const read = questions.map((item) => readQuestion(item, reader));
  if (read.some((question) => question === null)) return null;
  return {
    heading,
    ...(localized ? { localized } : {}),
    ...(required !== undefined ? { required } : {}),
    ...(repeatable !== undefined ? { repeatable } : {}),
    questions: read as QuestionSpec[],
  };
}

function readQuestion(node: Node, reader: Reader): QuestionSpec | null {
  if (isScalar(node) && String(node.value).trim() !== '') return { prompt: String(node.value).trim() };
  const map = fields(node, reader, reader.t('A question'));
  if (!map) return null;
  unknownKeys(map, ['prompt', 'optional', 'characters', 'items'], reader);
  const prompt = text(map.get('prompt'));
  if (!prompt) {
    reader.problems.push({
      message: reader.t('The question needs a `prompt`.'),
      range: reader.toRange(node),
    });
    return null;
  }
  const optional = flag(map.get('optional'), reader);
  const characters = count(map.get('characters'), reader);
  const items = count(map.get('items'), reader);
  return {
    prompt,
    ...(optional !== undefined ? { optional } : {}),
    ...(characters !== undefined ? { characters } : {}),
    ...(items !== undefined ? { items } : {}),
  };
}

function flag(pair: Pair<Node, Node> | undefined, reader: Reader): boolean | undefined {
  if (!pair) return undefined;
  if (isScalar(pair.value) && typeof pair.value.value === 'boolean') return pair.value.value;
  reader.problems.push({
    message: reader.t('`{0}` must be true or false.', isScalar(pair.key) ? String(pair.key.value) : ''),
    range: reader.toRange(pair.value ?? pair.key),
  });
  return undefined;
}

function count(pair: Pair<Node, Node> | undefined, reader: Reader): number | undefined {
  if (!pair) return undefined;
  const value = isScalar(pair.value) ? pair.value.value : null;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  reader.problems.push({
    message: reader.t(
      '`{0}` must be a whole number above 0.',
      isScalar(pair.key) ? String(pair.key.value) : '',
    ),
    range: reader.toRange(pair.value ?? pair.key),
  });
  return undefined;
}

function list(pair: Pair<Node, Node> | undefined, reader: Reader): string[] | undefined {
  if (!pair) return undefined;
  if (isSeq(pair.value) && pair.value.items.every((item) => isScalar(item)))
    return pair.value.items.map((item) => String((item as { value: unknown }).value));
  reader.problems.push({
    message: reader.t('`{0}` must be a list of values.', isScalar(pair.key) ? String(pair.key.value) : ''),
    range: reader.toRange(pair.value ?? pair.key),
  });
  return undefined;
}
