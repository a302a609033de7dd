import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyzeText,
  applyEdits,
  checkText,
  createLanguageService,
  differenceEdit,
  fixAll,
  resolveSettings,
  type Range,
} from '../../server/src/service/internals';
import { countryVocabulary } from '../../server/src/service/vocab/countries';
import { methodVocabulary } from '../../server/src/service/vocab/methods';
import { sdgVocabulary } from '../../server/src/service/vocab/sdgs';
import { enumVocabulary } from '../../server/src/service/vocab/enums';
import { CORPUS, corpusFolder } from '../support/corpus';
import { MemoryHost } from '../support/memoryHost';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const settings = resolveSettings({}, { currentYear: 2026 });
const HEADER =
  '# Mi Barrio\n\n[[focal_point:ana.perez@undp.org]]\n[[year:2024]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';
const FIX_ALL = 'Fix all learning-plan problems in this file';
const at = (line: number, character: number): Range => ({
  start: { line, character },
  end: { line, character },
});

describe('fix all where hands look for it', () => {
  const uri = 'untitled:plan';
  const service = createLanguageService(new MemoryHost());
  service.openDocument(uri, `${HEADER}[[methods:Sensemakng]]\n[[sdgs:SDG 5]]\n## Title\n`, 1);
  const summary = async (range: Range, only?: string[]) =>
    (await service.codeActions(uri, range, only)).map((action) => [action.kind, action.title]);

  it('the quick-fix menu (no kind asked) lists fix all as a quick fix beside the fixes of the finding', async () => {
    assert.deepEqual(await summary(at(7, 12)), [
      ['quickfix', 'Change to "Sensemaking"'],
      ['quickfix', FIX_ALL],
    ]);
    assert.deepEqual(await summary(at(7, 12), ['quickfix']), [
      ['quickfix', 'Change to "Sensemaking"'],
      ['quickfix', FIX_ALL],
    ]);
  });

  it('away from any finding it offers nothing; a source action (fix on save) is fix all alone', async () => {
    assert.deepEqual(await summary(at(1, 0)), []);
    assert.deepEqual(await summary(at(1, 0), ['source']), [['source.fixAll.learningPlans', FIX_ALL]]);
    assert.deepEqual(await summary(at(7, 12), ['source.fixAll']), [['source.fixAll.learningPlans', FIX_ALL]]);
  });
});

describe('fix all in the editor, every round in one edit', () => {
  it('closes an unclosed tag and then fixes its value, as the command line does', async () => {
    const uri = 'untitled:rounds';
    const text = `${HEADER}[[methods:Sensemakng]\n## Title\n`;
    const service = createLanguageService(new MemoryHost());
    service.openDocument(uri, text, 1);
    const [fix] = await service.codeActions(uri, at(7, 5), ['source.fixAll']);
    assert.equal(fix?.edits.length, 1);
    const fixed = applyEdits(text, fix!.edits);
    assert.equal(fixed, fixAll(text, settings).text);
    assert.match(fixed, /\n\[\[methods:Sensemaking\]\]\n/);
  });

  it('the one edit spans only what changes, never half a line break or half a character', () => {
    const cases: [string, string][] = [
      ['a\r\nb\r\nc', 'a\r\nB\r\nc'],
      ['a\r\nb', 'a\r\nb\r\n## X'],
      ['x 🇧🇴 y', 'x 🇵🇪 y'],
      ['same', 'same'],
      ['', 'new'],
    ];
    for (const [before, after] of cases) {
      const edits = differenceEdit(before, after);
      assert.equal(applyEdits(before, edits), after, JSON.stringify([before, after]));
      for (const edit of edits) {
        const lines = before.split(/\r\n|\r|\n/);
        assert.ok(edit.range.start.character <= lines[edit.range.start.line]!.length);
        assert.ok(edit.range.end.character <= lines[edit.range.end.line]!.length);
      }
    }
    assert.deepEqual(differenceEdit('a\r\nb\r\nc', 'a\r\nB\r\nc'), [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: 'B' },
    ]);
  });
});

describe('a did-you-mean with one clear suggestion is a safe fix', () => {
  const fixesOf = (line: string) =>
    checkText(`${HEADER}${line}\n## Title\n`, settings)
      .findings.filter((finding) => ['LP010', 'LP011', 'LP012'].includes(finding.rule))
      .flatMap((finding) => finding.fixes ?? [])
      .map((fix) => [fix.title, fix.preferred === true]);

  it('a misspelling that plainly means one value is preferred, and fix all applies it', () => {
    assert.deepEqual(fixesOf('[[methods:Sensemakng]]'), [['Change to "Sensemaking"', true]]);
    assert.deepEqual(fixesOf('[[sdgs:Quality educaton]]'), [['Change to "4. Quality education"', true]]);
    assert.match(
      fixAll(`${HEADER}[[methods:Sensemakng]]\n## Title\n`, settings).text,
      /\[\[methods:Sensemaking\]\]/,
    );
  });

  it('two close candidates, or one barely above the threshold, are left to the author', () => {
    const twoCountries = checkText(`${HEADER.replace('Bolivia', 'Nigeri')}## Title\n`, settings)
      .findings.filter((finding) => finding.rule === 'LP012')
      .flatMap((finding) => finding.fixes ?? []);
    assert.deepEqual(
      twoCountries.map((fix) => [fix.title, fix.preferred === true]),
      [
        ['Change to "Nigeria"', false],
        ['Change to "Niger"', false],
      ],
    );
    assert.deepEqual(fixesOf('[[sdgs:Partnership for goals]]'), [
      ['Change to "17. Partnerships for the goals"', false],
    ]);
    assert.match(
      fixAll(`${HEADER}[[sdgs:Partnership for goals]]\n## Title\n`, settings).text,
      /Partnership for goals/,
    );
  });

  it('on the corpus sample, no fix touches a value written as the platform writes it; each did-you-mean applied is right', () => {
    const vocabularyOf = (key: string) =>
      key === 'sdgs'
        ? sdgVocabulary
        : key === 'methods'
          ? methodVocabulary
          : key === 'country'
            ? countryVocabulary
            : enumVocabulary(key);
    const applied: string[] = [];
    const folders = readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory());
    for (const file of folders.flatMap((folder) => corpusFolder(folder))) {
      const { doc } = analyzeText(file.text);
      for (const finding of checkText(file.text, settings).findings) {
        const fix = finding.fixes?.find((candidate) => candidate.preferred);
        for (const edit of fix?.edits ?? []) {
          const tag = doc.tags.find(
            (candidate) =>
              candidate.line === edit.range.start.line &&
              edit.range.start.character >= candidate.valueRange.start.character &&
              edit.range.end.character <= candidate.valueRange.end.character,
          );
          if (!tag) continue;
          const known = vocabularyOf(tag.key.toLowerCase())?.lookup(tag.value);
          assert.ok(!known?.exact, `${file.name}: ${finding.rule} changes "${tag.value}", a correct value`);
          if (['LP010', 'LP011', 'LP012', 'LP013'].includes(finding.rule))
            applied.push(`${tag.key}: ${tag.value} → ${edit.newText}`);
        }
      }
    }
    // Each one read and judged right: "solution mapping" is the platform's method "Solutions Mapping".
    assert.deepEqual([...new Set(applied)], ['methods: solution mapping → Solutions Mapping']);
  });
});
