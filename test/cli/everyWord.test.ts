import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { messagesIn } from '../../scripts/l10n-messages';
import { BUNDLES } from '../../server/src/bundles';
import { ruleCatalogue, type MessageBundle } from '../../server/src/service/internals';
import { runCli, type CliRun } from '../support/cli';
import { ROOT } from '../support/docs';

/**
 * Every message of the command line as the code writes it in English: its own words (help, usage mistakes, notices,
 * file errors, severities, summaries), the portfolio report's and the rules' descriptions.
 */
const ENGLISH: readonly string[] = [
  ...messagesIn(
    [
      'server/src/cli.ts',
      'server/src/cli',
      'server/src/hosts/nodeFiles.ts',
      'server/src/portfolio/labels.ts',
    ].map((path) => join(ROOT, path)),
  ),
  ...ruleCatalogue().map((rule) => rule.description),
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A text as a whole: not inside a longer word, nor inside an identifier such as `learning-plans` or a rule's name. */
const whole = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(text)}(?![\\p{L}\\p{N}_-])`, 'u');

/**
 * The words of a message as a reader sees them whatever its arguments: the parts between its placeholders (but a
 * lone short word, such as `in`, which a truncated word or another language may write too).
 */
function fixedParts(message: string): string[] {
  return message
    .split(/\{\d+\}/)
    .map((part) => part.trim())
    .filter((part) => /\p{L}{3}/u.test(part));
}

/**
 * The English messages (their fixed parts) an output shows, but those the language writes the same way (French
 * `information`, Spanish `error`).
 */
function englishIn(output: string, bundle: MessageBundle): string[] {
  const left = new Set<string>();
  for (const message of ENGLISH) {
    for (const part of fixedParts(message)) {
      const pattern = whole(part);
      // The same in the language: in this message's translation, or as a message of its own (a severity).
      const same = pattern.test(bundle[message] ?? message) || pattern.test(bundle[part] ?? '');
      if (!same && pattern.test(output)) left.add(part);
    }
  }
  return [...left];
}

/**
 * An output without what the documents themselves wrote, which stays in their language: quoted text, the values the
 * report lists (titles, countries, methods, paths), and the rules' ids and names, which configurations use.
 */
function withoutDocuments(output: string, values: readonly string[]): string {
  let text = output.replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|`[^`\n]*`/g, '');
  for (const value of [...values].sort((a, b) => b.length - a.length)) text = text.split(value).join('');
  return text.replace(/\bLP\d{3}\s+[a-z0-9-]+/g, '');
}

const LOCALES = [
  { locale: 'pt', language: 'Portuguese' },
  { locale: 'es', language: 'Spanish' },
  { locale: 'fr', language: 'French' },
] as const;

describe('every word of the command line in the chosen language', () => {
  let dir: string;
  /** The examples' own words, as the report lists them. */
  let documentValues: string[];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lp-cli-words-'));
    const run = await runCli(['report', 'examples', '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as {
      documents: { path: string; title: string; country: string | null; methods: string[] }[];
    };
    documentValues = report.documents.flatMap((row) => [
      row.path,
      row.title,
      ...(row.country ? [row.country] : []),
      ...row.methods,
    ]);
    assert.ok(documentValues.length > 10);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('knows the English it looks for: the help, the notices, the severities and the report', () => {
    for (const message of [
      'Usage:',
      'no such file or folder',
      'skipped: {0}',
      'warning',
      '{0} ({1}) in {2}.',
      '{0} problems',
      'Ready for the platform',
    ])
      assert.ok(ENGLISH.includes(message), message);
    assert.ok(ENGLISH.length > 150, `${ENGLISH.length} messages`);
  });

  it('finds English where there is some (the check itself works)', () => {
    const bundle = BUNDLES.pt!;
    assert.deepEqual(englishIn('learning-plans: x.md: permission denied\n', bundle), ['permission denied']);
    assert.deepEqual(englishIn('a.md:3:7 warning LP003 unknown-tag-key …', bundle), ['warning']);
    assert.deepEqual(englishIn('Uso: learning-plans check [CAMINHO...] [opções]', bundle), []);
    // French writes "information" as English does: not a word left in English.
    assert.deepEqual(englishIn('a.md:1:1 information LP045 …', BUNDLES.fr!), []);
  });

  for (const { locale, language } of LOCALES) {
    describe(`--locale ${locale}: no English, in ${language}`, () => {
      const bundle = BUNDLES[locale]!;
      const say = (message: string) => bundle[message]!;
      const run = (args: string[], options: { cwd?: string } = {}) =>
        runCli([...args, '--locale', locale], options);
      const assertNoEnglish = (output: CliRun) => {
        const text = withoutDocuments(output.stdout + output.stderr, documentValues);
        assert.deepEqual(englishIn(text, bundle), [], `left in English:\n${output.stdout}${output.stderr}`);
      };

      it('check: the findings, their severities and the summary', async () => {
        const output = await run(['check', 'examples']);
        assert.ok(output.status === 0 || output.status === 1, output.stderr);
        assertNoEnglish(output);
        const summary = output.stdout.trimEnd().split('\n').at(-1)!;
        // Each count in the singular or the plural, as the bundle words them.
        const count = (one: string, other: string) =>
          `(?:${[one, other].map((key) => escape(say(key)).replace(/\\\{\d+\\\}/g, '\\d+')).join('|')})`;
        const severities = [
          count('1 error', '{0} errors'),
          count('1 warning', '{0} warnings'),
          count('1 information', '{0} information'),
          count('1 hint', '{0} hints'),
        ].join(', ');
        const sentence = escape(say('{0} ({1}) in {2}.'))
          .replace('\\{0\\}', count('1 problem', '{0} problems'))
          .replace('\\{1\\}', severities)
          .replace('\\{2\\}', count('1 file', '{0} files'));
        assert.match(summary, new RegExp(`^${sentence}$`));
        assert.match(output.stdout, new RegExp(` ${escape(say('hint'))} LP\\d{3} `));
      });

      it('check --fix: what was fixed, and the files that were not', async () => {
        const folder = join(dir, `fix-${locale}`);
        cpSync(join(ROOT, 'examples'), folder, { recursive: true });
        writeFileSync(join(folder, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
        writeFileSync(join(folder, 'latin1.md'), Buffer.from('# Plan\n\nCaf\xe9\n', 'latin1'));
        const locked = join(folder, 'locked.md');
        writeFileSync(locked, '# Plan\n\n[[type:learningplan]]\n[[country: Peru]]\n');
        chmodSync(locked, 0o444);
        const output = await run(['check', '.', '--fix'], { cwd: folder });
        assert.equal(output.status, 2, output.stderr);
        assertNoEnglish(output);
        assert.ok(
          output.stderr.includes(
            `image.md: ${say('skipped: {0}').replace('{0}', say('binary file, not a text document'))}`,
          ),
        );
        assert.ok(
          output.stderr.includes(
            `latin1.md: ${say('not valid UTF-8; checked with replacement characters, not fixed')}`,
          ),
        );
        assert.ok(output.stderr.includes(`locked.md: ${say('read-only, not fixed')}`), output.stderr);
        assert.match(output.stderr, new RegExp(escape(say('applied {0} fixes')).replace('\\{0\\}', '\\d+')));
      });

      it('check: a missing file', async () => {
        const output = await run(['check', 'examples/none.md']);
        assert.equal(output.status, 2);
        assertNoEnglish(output);
        assert.equal(
          output.stderr,
          `learning-plans: ${join('examples', 'none.md')}: ${say('no such file or folder')}\n`,
        );
        assert.equal(
          output.stdout,
          `${say('No problems in {0}.').replace('{0}', say('{0} files').replace('{0}', '0'))}\n`,
        );
      });

      it('check: a configuration it cannot read', async () => {
        const output = await run(['check', 'examples', '--config', join(dir, 'none.yaml')]);
        assert.equal(output.status, 2);
        assertNoEnglish(output);
        const cannot = say('cannot read the configuration: {0}').replace('{0}', say('no such file'));
        assert.ok(output.stderr.includes(`none.yaml: ${cannot}`), output.stderr);
      });

      it('--help', async () => {
        const output = await run(['--help']);
        assert.equal(output.status, 0);
        assertNoEnglish(output);
        assert.ok(output.stdout.startsWith(`${say('Usage:')} learning-plans check [${say('PATH')}...]`));
        assert.ok(output.stdout.includes(say('Options of both:')));
      });

      for (const args of [
        ['check', '--format', 'xml'],
        ['frob'],
        ['check', '--bogus'],
        ['report', '--sdg', '18'],
      ])
        it(`a usage mistake: ${args.join(' ')}`, async () => {
          const output = await run(args);
          assert.equal(output.status, 2);
          assert.equal(output.stdout, '');
          assertNoEnglish(output);
          assert.ok(output.stderr.includes(`\n\n${say('Usage:')} learning-plans check`), output.stderr);
        });

      it('rules: the severities and the descriptions', async () => {
        const output = await run(['rules']);
        assert.equal(output.status, 0);
        assertNoEnglish(output);
        assert.match(output.stdout, new RegExp(`^LP001  tag-syntax +${escape(say('error'))} `));
      });

      for (const format of ['csv', 'html'])
        it(`report --format ${format}: the portfolio's words`, async () => {
          const output = await run(['report', 'examples', '--format', format]);
          assert.equal(output.status, 0, output.stderr);
          // The page's words: its text and the labels of its charts, not its markup.
          const text =
            format === 'html'
              ? output.stdout
                  .replace(/<style>[\s\S]*?<\/style>/, '')
                  .replace(/<[^>]*?(?:aria-label|title)="([^"]*)"[^>]*>|<[^>]*>/g, ' $1 ')
              : output.stdout;
          assertNoEnglish({ ...output, stdout: text });
          assert.ok(text.includes(say('Ready for the platform')));
          if (format === 'csv') assert.ok(text.startsWith(`${say('File')},${say('Title')},`), text);
        });

      it('report: an output it cannot write', async () => {
        const folder = join(dir, `out-${locale}.csv`);
        mkdirSync(folder, { recursive: true });
        const output = await run(['report', 'examples', '--output', folder]);
        assert.equal(output.status, 2);
        assertNoEnglish(output);
        assert.ok(output.stderr.includes(say('is a folder: name a file for the report.')), output.stderr);
      });
    });
  }

  describe('the locale as it is written', () => {
    let portuguese: string;
    before(async () => {
      portuguese = (await runCli(['--help', '--locale', 'pt'])).stdout;
      assert.match(portuguese, /^Uso: learning-plans check \[CAMINHO\.\.\.\] \[opções\]/);
    });

    for (const [label, args, env] of [
      ['--locale pt-BR', ['--locale', 'pt-BR'], {}],
      ['--locale pt-br', ['--locale', 'pt-br'], {}],
      ['--locale=pt_BR.UTF-8', ['--locale=pt_BR.UTF-8'], {}],
      ['LANG=pt_BR.UTF-8', [], { LANG: 'pt_BR.UTF-8' }],
      ['LC_ALL before LANG', [], { LC_ALL: 'pt_BR.UTF-8', LANG: 'fr_FR.UTF-8' }],
      ['--locale before LANG', ['--locale', 'pt'], { LANG: 'es_ES.UTF-8' }],
    ] as const)
      it(`${label} is Portuguese`, async () => {
        const output = await runCli(['--help', ...args], { env: { ...env } });
        assert.equal(output.stdout, portuguese);
      });

    it('a mistake before --locale is told in that language', async () => {
      const output = await runCli(['check', '--format', '--locale', 'pt']);
      assert.equal(output.status, 2);
      assert.match(output.stderr, /^learning-plans: --format precisa de um valor/);
    });

    it('English when the language has no translation', async () => {
      const output = await runCli(['check', 'examples/none.md', '--locale', 'de']);
      assert.match(output.stderr, /none\.md: no such file or folder\n/);
    });
  });
});
