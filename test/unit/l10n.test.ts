import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { messages, messagesIn } from '../../scripts/l10n-messages';
import { BUNDLES } from '../../server/src/bundles';
import {
  checkDocument,
  createLocalize,
  analyzeText,
  parseConfig,
  resolveSettings,
} from '../../server/src/service/internals';
import { complete } from '../../server/src/service/features/completion';
import { hover } from '../../server/src/service/features/hover';
import { ROOT } from '../support/docs';

/** VS Code's Portuguese is Brazilian Portuguese: its files are named `pt-br`, the server's bundle `pt`. */
const LOCALES = [
  { locale: 'es', file: 'es' },
  { locale: 'fr', file: 'fr' },
  { locale: 'pt', file: 'pt-br' },
];
/** Words Portuguese writes as English does. */
const SAME_IN_PORTUGUESE = ['Oceania'];
/** The command line's own code: what it prints besides the language service's findings and the portfolio's labels. */
const CLI_SOURCES = ['server/src/cli.ts', 'server/src/cli', 'server/src/hosts/nodeFiles.ts'].map((path) =>
  join(ROOT, path),
);
const sourceFiles = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path).flatMap((name) => sourceFiles(join(path, name)))
    : path.endsWith('.ts')
      ? [path]
      : [];
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();

describe('translations', () => {
  const all = messages(ROOT);

  for (const { locale, file } of LOCALES) {
    it(`the ${locale} bundle translates every message, with the same placeholders`, () => {
      const bundle = read(`l10n/bundle.l10n.${file}.json`);
      const missing = all.filter((message) => !(message in bundle));
      assert.deepEqual(missing, []);
      for (const message of all)
        assert.deepEqual(placeholders(bundle[message]!), placeholders(message), message);
      const stale = Object.keys(bundle).filter((key) => !all.includes(key));
      assert.deepEqual(stale, [], 'no translation of a message the code no longer has');
    });

    it(`package.nls.${file}.json translates every setting and command`, () => {
      const english = read('package.nls.json');
      const translated = read(`package.nls.${file}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
    });

    it(`the server and the command line carry the ${locale} bundle`, () => {
      assert.deepEqual(BUNDLES[locale], read(`l10n/bundle.l10n.${file}.json`));
    });
  }

  it("the command line's own messages are translated, each in every language", () => {
    const cli = messagesIn(CLI_SOURCES);
    assert.ok(cli.length > 50, `${cli.length} messages`);
    for (const message of ['Usage:', 'no such file or folder', 'skipped: {0}', 'warning'])
      assert.ok(cli.includes(message), message);
    for (const { file } of LOCALES) {
      const bundle = read(`l10n/bundle.l10n.${file}.json`);
      assert.deepEqual(
        cli.filter((message) => !bundle[message]),
        [],
        file,
      );
    }
    const portuguese = read('l10n/bundle.l10n.pt-br.json');
    assert.deepEqual(
      cli.filter((message) => portuguese[message] === message),
      [],
    );
  });

  it('the command line writes no English words but through t()', () => {
    const untranslated: string[] = [];
    for (const file of CLI_SOURCES.flatMap(sourceFiles)) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/ .*$/gm, '$1')
        // The messages: t('…'), looked up in the bundles.
        .replace(/\bt\(\s*(['"`])(?:\\.|(?!\1)[^\\])*\1/g, 't(');
      for (const [literal] of code.matchAll(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g)) {
        const text = literal
          .slice(1, -1)
          .replace(/\$\{[^}]*\}/g, ' ')
          // What is typed as it is: the commands, and an option with its value.
          .replace(/learning-plans [a-z-]+|--[a-z-]+ \S+/g, '');
        if (/[A-Za-z]{2,} [a-z]{2,}/.test(text)) untranslated.push(`${relative(ROOT, file)}: ${literal}`);
      }
    }
    assert.deepEqual(untranslated, []);
  });

  it('the Portuguese bundle and manifest leave nothing in English', () => {
    const bundle = read('l10n/bundle.l10n.pt-br.json');
    const untranslated = Object.entries(bundle).filter(([english, portuguese]) => english === portuguese);
    assert.deepEqual(
      untranslated.map(([english]) => english),
      SAME_IN_PORTUGUESE,
    );
    const english = read('package.nls.json');
    const manifest = read('package.nls.pt-br.json');
    assert.deepEqual(
      Object.keys(english).filter((key) => manifest[key] === english[key]),
      [],
    );
  });

  it('every %key% of the manifest is in package.nls.json', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const english = read('package.nls.json');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    assert.ok(keys.length > 10);
    assert.deepEqual(
      keys.filter((key) => !(key in english)),
      [],
    );
  });

  it('diagnostics and hovers speak the chosen language; vocabulary keeps its canonical values', () => {
    const es = createLocalize(read('l10n/bundle.l10n.es.json'));
    const doc = analyzeText('# Plan\n[[type:learningplan]]\n[[sdgs:SDG 5]]\n');
    const findings = checkDocument(doc, resolveSettings({}, { t: es, currentYear: 2026 })).findings;
    const required = findings.find((f) => f.rule === 'LP009')!;
    assert.equal(required.message, 'Falta la etiqueta obligatoria `[[focal_point:…]]`.');
    const canonical = findings.find((f) => f.rule === 'LP015')!;
    assert.equal(canonical.fixes?.[0]?.edits[0]?.newText, '5. Gender equality');
    const fr = createLocalize(read('l10n/bundle.l10n.fr.json'));
    const text = hover(doc, { line: 2, character: 9 }, { t: fr, locale: 'fr' })!.contents;
    assert.match(text, /ODD 5 : Égalité entre les sexes/);
    assert.match(text, /Parvenir à l'égalité des sexes/);
  });

  it("YAML's mistakes are said in the chosen language, in a card's front matter and in the configuration", () => {
    const fr = createLocalize(read('l10n/bundle.l10n.fr.json'));
    const card = analyzeText('---\nenablers: [Digitalization]\ntitle: Radio: a community channel\n---\n');
    const syntax = checkDocument(card, resolveSettings({}, { t: fr, currentYear: 2026 })).findings.find(
      (finding) => finding.rule === 'LP060',
    );
    assert.equal(
      syntax?.message,
      'En-tête YAML : Cette valeur est illisible : une valeur qui contient ": " se met entre guillemets, et une ' +
        'liste s’indente sous sa clé.',
    );
    const es = createLocalize(read('l10n/bundle.l10n.es.json'));
    const { problems } = parseConfig('vocabulary:\n  methods: [Mapeo\n', () => true, es);
    assert.deepEqual(
      problems.map((problem) => problem.message),
      ['Esta línea no está sangrada como las que la rodean, o un `[` o `{` anterior no se cierra.'],
    );
  });

  it("in Portuguese, goals have the platform's names and the statements of the UN in Brazil", () => {
    const pt = createLocalize(read('l10n/bundle.l10n.pt-br.json'));
    const doc = analyzeText('# Plano\n[[type:learningplan]]\n[[sdgs:SDG 5]]\n[[country:Mozambique]]\n');
    const findings = checkDocument(doc, resolveSettings({}, { t: pt, currentYear: 2026 })).findings;
    assert.equal(
      findings.find((f) => f.rule === 'LP009')!.message,
      'Falta a etiqueta obrigatória `[[focal_point:…]]`.',
    );
    // VS Code reports its Portuguese as `pt-br`.
    const goal = hover(doc, { line: 2, character: 9 }, { t: pt, locale: 'pt-br' })!.contents;
    assert.match(goal, /ODS 5: Igualdade de género/);
    assert.match(goal, /Alcançar a igualdade de gênero e empoderar todas as mulheres e meninas/);
    assert.match(goal, /A plataforma o escreve “5\. Gender equality”/);
    const country = hover(doc, { line: 3, character: 12 }, { t: pt, locale: 'pt' })!.contents;
    assert.match(country, /Mozambique\*\* · Moçambique · ISO MZ \/ MOZ · África/);
    const choices = complete(doc, { line: 2, character: 7 }, { t: pt, currentYear: 2026, locale: 'pt-br' });
    const labels = choices.items.map((item) => item.detail);
    assert.ok(labels.includes('ODS 2: Erradicar a fome'), labels.join(', '));
  });
});
