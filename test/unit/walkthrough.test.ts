import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/docs';

/**
 * The Getting Started walkthrough's pages: each step's `media.markdown` is a `%key%` that VS Code replaces, like every
 * string of the manifest, from the package.nls file of its display language, so each language names its own page.
 */
const LANGUAGES = ['es', 'fr', 'pt-br'] as const;
type Language = (typeof LANGUAGES)[number];

const readJson = <T>(path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
const readText = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const nls = (language: Language | null) =>
  readJson<Record<string, string>>(language ? `package.nls.${language}.json` : 'package.nls.json');

interface Step {
  id: string;
  media: { markdown?: string };
}
const manifest = readJson<{
  contributes: {
    walkthroughs: { steps: Step[] }[];
    commands: { command: string; title: string; category?: string }[];
  };
}>('package.json');
const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);

/** The key a step's page is named by, without its `%`s. */
function mediaKey(step: Step): string {
  const match = /^%([^%]+)%$/.exec(step.media.markdown ?? '');
  assert.ok(match, `step ${step.id}: media.markdown is a %key%, not ${step.media.markdown}`);
  return match[1]!;
}

/** What a translation must keep of a page: its headings, links, code and the names the user will look for. */
interface Shape {
  headings: string[];
  links: string[];
  /** Fenced blocks; the example values of a `[…]` list may be translated. */
  code: string[];
  /** Inline code; the placeholder words of `[[key:value]]` may be translated. */
  inline: string[];
  bold: string[];
  /** The text outside code, paragraph by paragraph. */
  paragraphs: string[];
}

const FENCE = /^```(\w*)\n([\s\S]*?)^```$/gm;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function shape(markdown: string): Shape {
  const code = [...markdown.matchAll(FENCE)].map(
    (match) => `${match[1]}\n${match[2]!.replace(/\[[^\]\n]*\]/g, '[…]')}`,
  );
  const prose = markdown.replace(FENCE, '');
  return {
    headings: [...prose.matchAll(/^(#{1,6}) /gm)].map((match) => match[1]!),
    links: [...prose.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]!),
    code,
    inline: [...prose.matchAll(/`([^`]+)`/g)].map((match) =>
      match[1]!.replace(/^\[\[\p{L}+:\p{L}+\]\]$/u, '[[…:…]]'),
    ),
    bold: [...prose.matchAll(/\*\*([\s\S]+?)\*\*/g)].map((match) => collapse(match[1]!)),
    paragraphs: prose
      .split(/\n\s*\n/)
      .map(collapse)
      .filter((paragraph) => paragraph !== ''),
  };
}

/**
 * The name a translated page must give for a bold English name: a command as the palette shows it (category and
 * title from the package.nls files, with the language's colon), or a message of the extension from its bundle.
 * Null for VS Code's own names (the Problems panel), which the extension does not translate.
 */
function translatedName(english: string, language: Language): string | null {
  const englishNls = nls(null);
  const translatedNls = nls(language);
  const key = (value: string) => value.replace(/^%|%$/g, '');
  const colon = language === 'fr' ? ' : ' : ': ';
  for (const command of manifest.contributes.commands) {
    const category = command.category ? key(command.category) : null;
    if (!category) continue;
    const title = key(command.title);
    if (english === `${englishNls[category]}: ${englishNls[title]}`)
      return `${translatedNls[category]}${colon}${translatedNls[title]}`;
  }
  const bundle = readJson<Record<string, string>>(`l10n/bundle.l10n.${language}.json`);
  return bundle[english] ?? null;
}

describe('the walkthrough in every language', () => {
  it("names each step's page by a %key% of the manifest", () => {
    assert.equal(steps.length, 6);
    const keys = steps.map(mediaKey);
    assert.equal(new Set(keys).size, keys.length, 'one page per step');
  });

  it('every %key% of the manifest has a value in every package.nls file', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    for (const language of [null, ...LANGUAGES]) {
      const strings = nls(language);
      const missing = keys.filter((key) => !strings[key]);
      assert.deepEqual(missing, [], `package.nls${language ? `.${language}` : ''}.json`);
    }
  });

  it('each language maps every page to its own existing file, and has no page no step shows', () => {
    const english = nls(null);
    const pages = steps.map((step) => english[mediaKey(step)]!);
    for (const page of pages) {
      assert.match(page, /^walkthrough\/[^/]+\.md$/);
      assert.ok(existsSync(join(ROOT, page)), page);
    }
    for (const language of LANGUAGES) {
      const strings = nls(language);
      const translated = steps.map((step) => strings[mediaKey(step)]!);
      assert.deepEqual(
        translated,
        pages.map((page) => page.replace(/^walkthrough\//, `walkthrough/${language}/`)),
      );
      for (const page of translated) assert.ok(existsSync(join(ROOT, page)), page);
      const onDisk = readdirSync(join(ROOT, 'walkthrough', language)).map(
        (name) => `walkthrough/${language}/${name}`,
      );
      assert.deepEqual(onDisk.sort(), [...translated].sort());
    }
  });

  for (const language of LANGUAGES) {
    it(`each ${language} page keeps the English page's headings, links, code and names, in ${language}`, () => {
      const english = nls(null);
      const translated = nls(language);
      for (const step of steps) {
        const source = shape(readText(english[mediaKey(step)]!));
        const page = translated[mediaKey(step)]!;
        const target = shape(readText(page));
        assert.deepEqual(target.headings, source.headings, `${page}: headings`);
        assert.deepEqual(target.links, source.links, `${page}: links`);
        assert.deepEqual(target.code, source.code, `${page}: code blocks`);
        assert.deepEqual(target.inline, source.inline, `${page}: inline code`);
        assert.equal(target.bold.length, source.bold.length, `${page}: bold names`);
        source.bold.forEach((name, index) => {
          const expected = translatedName(name, language);
          if (expected !== null) assert.equal(target.bold[index], expected, `${page}: "${name}"`);
        });
        const untranslated = target.paragraphs.filter((paragraph) => source.paragraphs.includes(paragraph));
        assert.deepEqual(untranslated, [], `${page}: paragraphs left in English`);
      }
    });
  }
});
