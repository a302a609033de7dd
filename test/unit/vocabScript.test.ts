import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exportedValue } from '../../scripts/vocab/answers';
import { DATA_FOLDER, refreshVocabularies } from '../../scripts/vocab/main';
import { readAnswerLists, readSdgRows } from '../../scripts/vocab/platformSources';
import { ROOT } from '../support/docs';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'vocab');
const PLATFORM = join(FIXTURES, 'platform');
const ARCHIVE = join(FIXTURES, 'archive');
const TOOLKIT = join(FIXTURES, 'toolkit');
const scratch = mkdtempSync(join(tmpdir(), 'lp-vocab-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the committed vocabularies, for a refresh to rewrite. */
function dataCopy(name: string): string {
  const folder = join(scratch, name);
  cpSync(DATA_FOLDER, folder, { recursive: true });
  return folder;
}

function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

const json = (folder: string, name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8'));

describe('npm run vocab', () => {
  it('rebuilds the vocabularies from the sources, and a second run writes the same bytes', async () => {
    const data = dataCopy('twice');
    const first = await refreshVocabularies([PLATFORM, ARCHIVE, '--toolkit', TOOLKIT, '--data', data]);
    assert.deepEqual(first.leftOut, ['Bir Tawil'], 'a disputed area lies in no country');
    // The stand-ins hold the platform's goal names and answer lists as they are: what is committed comes back.
    assert.deepEqual(
      first.files.map(({ path, changed }) => [basename(path), changed]),
      [
        ['sdgs.json', false],
        ['enums.json', false],
        ['countries.json', true],
      ],
    );
    const written = snapshot(data);
    const second = await refreshVocabularies([PLATFORM, ARCHIVE, '--toolkit', TOOLKIT, '--data', data]);
    assert.deepEqual(
      second.files.filter((file) => file.changed),
      [],
    );
    assert.deepEqual(snapshot(data), written);

    const goals = json(data, 'sdgs.json');
    assert.equal(goals[2].names.pt, 'Saúde de qualidade', "the platform's stray full stop is dropped");
    assert.equal(goals[2].platform.pt, 'Saúde de qualidade.', "the platform's own spelling is kept as it is");
    assert.equal(goals[9].canonical, '10. Reduced innequalities');
    assert.ok(goals[0].goal.pt && goals[0].colour, 'what the platform lacks is kept');
    assert.deepEqual(goals[8].toolkitVariants, ['9 Industry Innovation And Infraestructure']);

    const answers = json(data, 'enums.json');
    assert.deepEqual(
      answers.experiment_status.map((answer: { canonical: string }) => answer.canonical),
      ['Idea stage', 'Design stage', 'Under review', 'Implementation stage', 'Completed'],
      "the platform's answers, in its form's order",
    );
    const scaling = answers.scaling.find(
      (answer: { canonical: string }) => answer.canonical === 'led to partnerships',
    );
    assert.equal(scaling.platform, 'This experiment led to partnerships', 'as the exporter shortens it');
    const experimental = answers.experiment_type[2];
    assert.deepEqual(experimental.outdated, ['Fully Randomised (RCTs, etc.)']);
    assert.ok(experimental.count >= 20, 'the outdated spelling counts for the answer that replaced it');

    const { countries, places, placeholders } = json(data, 'countries.json');
    assert.deepEqual(placeholders, ['Null Island', 'Undefined Country']);
    const byCode = (alpha2: string) =>
      countries.find((country: { alpha2: string }) => country.alpha2 === alpha2);
    assert.equal(byCode('MZ').continent, 'Africa');
    assert.equal(byCode('MZ').pt, 'Moçambique');
    assert.equal(byCode('CD').pt, 'República Democrática do Congo');
    assert.ok(byCode('TC').aliases.includes('Turks and Caicos Is.'), 'a map unit that is a whole country');
    assert.deepEqual(
      places.filter((place: { name: string }) => ['Hawaii', 'Gaza'].includes(place.name)),
      [
        { name: 'Hawaii', alpha2: 'US', continent: 'Oceania', count: 0 },
        { name: 'Gaza', alpha2: 'PS', continent: 'Asia', count: 0 },
      ],
    );
    assert.ok(byCode('PE').point, 'points are kept from the committed data');
  });

  it("takes the countries' official names from iso-codes when given, and keeps them otherwise", async () => {
    const data = dataCopy('official');
    const committed = json(data, 'countries.json');
    for (const country of committed.countries) country.official = null;
    writeFileSync(join(data, 'countries.json'), JSON.stringify(committed));
    const isoCodes = join(FIXTURES, 'iso-codes', 'iso_3166-1.json');
    await refreshVocabularies([PLATFORM, ARCHIVE, '--iso-codes', isoCodes, '--data', data]);
    const official = (alpha2: string) =>
      json(data, 'countries.json').countries.find((country: { alpha2: string }) => country.alpha2 === alpha2)
        .official;
    assert.equal(official('BO'), 'Plurinational State of Bolivia');
    assert.equal(official('JP'), 'Japan', "ISO's name where it gives no official one");
    assert.equal(official('PE'), null, 'a country the file lacks has none');
    await refreshVocabularies([PLATFORM, ARCHIVE, '--data', data]);
    assert.equal(official('BO'), 'Plurinational State of Bolivia', 'kept without iso-codes');
  });

  it('stops, naming the value, when the archive has an answer the platform no longer offers', async () => {
    const data = dataCopy('stale');
    const platform = join(scratch, 'platform-without-completed');
    cpSync(PLATFORM, platform, { recursive: true });
    const experiments = join(platform, 'config', 'edit', 'exp.js');
    writeFileSync(experiments, readFileSync(experiments, 'utf8').replace("{ name: 'Completed' },", ''));
    const before = snapshot(data);
    await assert.rejects(
      refreshVocabularies([platform, ARCHIVE, '--data', data]),
      /"Completed" \(experiment_status\) is none of the platform's current answers/,
    );
    assert.deepEqual(snapshot(data), before, 'nothing is written');
  });

  it('explains its usage when a folder is missing or is not a checkout, without a stack trace', async () => {
    await assert.rejects(refreshVocabularies([PLATFORM]), /Give two folders: the platform and the archive\./);
    const wrongFolder = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts', 'vocab', 'main.ts'),
        ARCHIVE,
        PLATFORM,
        '--data',
        dataCopy('wrong'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(wrongFolder.status, 2);
    assert.match(
      wrongFolder.stderr,
      /init_taxonomies\.sql is missing: is .* a checkout of UNDP-Accelerator-Labs\/platform\?\n\nUsage: npm run vocab -- PLATFORM_CHECKOUT ARCHIVE_CHECKOUT/,
    );
    assert.doesNotMatch(wrongFolder.stderr, /\n\s+at /);
  });
});

describe("reading the platform's files", () => {
  it('reads the goals of each language, skipping comments and unquoting quotes', () => {
    const rows = Array.from({ length: 17 }, (_, index) => index + 1);
    const values = (language: string, name: (n: number) => string) =>
      rows.map((n) => `(${n}, '${name(n)}', 'A description, with (brackets).', '${language}')`).join(',\n');
    const sql = ['en', 'fr', 'es', 'pt']
      .map(
        (language) =>
          `INSERT INTO sdgs (key, name, description, lang)\nVALUES ${values(language, (n) => `Goal ${n} ${language}`)};`,
      )
      .join('\n')
      .replace('Goal 7 fr', "Énergie propre et d''un coût abordable");
    const read = readSdgRows(`-- INSERT INTO sdgs VALUES (18, 'Old', '', 'en');\n${sql}`);
    assert.equal(read.length, 68);
    assert.equal(
      read.find((row) => row.number === 7 && row.language === 'fr')?.name,
      "Énergie propre et d'un coût abordable",
    );
    assert.throws(() => readSdgRows(sql.replace(/\(17, 'Goal 17 pt'[^)]*\)/, '')), /names 16 goals in "pt"/);
  });

  it('reads the answer lists, not commented-out answers nor fields without a list', () => {
    const lists = readAnswerLists(readFileSync(join(PLATFORM, 'config', 'edit', 'exp.js'), 'utf8'), 'exp.js');
    assert.deepEqual(
      lists.map((list) => list.key),
      [
        'experiment_status',
        'experiment_type',
        'partnering_sector',
        'control_group',
        'assignment_type',
        'sample_size',
        'total_cost',
        'quality_check',
        'scaling',
      ],
    );
    assert.equal(lists[1]!.options.length, 3);
    assert.throws(
      () => readAnswerLists('exports.other = [];', 'exp.js'),
      /exp\.js has no "exports\.metafields/,
    );
  });

  it("writes answers as the archive's exporter does", () => {
    assert.equal(exportedValue('This experiment did not scale yet'), 'did not scale yet');
    assert.equal(exportedValue('No, it does not use a control group'), 'It does not use a control group');
    assert.equal(
      exportedValue('Solutions tested in this experiment were scaled in numbers'),
      'Solutions tested in this experiment were scaled in numbers',
    );
  });
});
