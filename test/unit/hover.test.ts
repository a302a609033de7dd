import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { english, analyzeText, type Position } from '../../server/src/service/internals';
import { hover } from '../../server/src/service/features/hover';
import { corpusFolder, example } from '../support/corpus';

const HEADER = '# Mi Barrio\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n';

function at(textWithCursor: string, locale = 'en') {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  const position: Position = { line: before.length - 1, character: before.at(-1)!.length };
  return hover(analyzeText(text), position, { t: english, locale });
}

describe('hover', () => {
  it('an SDG shows its number, official name and the goal statement, in the display language', () => {
    const result = at(HEADER + '[[sdgs:5. Gen|der equality]]\n');
    assert.match(result!.contents, /SDG 5: Gender Equality/);
    assert.match(result!.contents, /Achieve gender equality and empower all women and girls/);
    assert.match(
      at(HEADER + '[[sdgs:5. Gen|der equality]]\n', 'es')!.contents,
      /Igualdad de género[\s\S]*Lograr la igualdad entre los géneros/,
    );
  });

  it('a method shows what it is', () => {
    assert.match(at(HEADER + '[[methods:Positive Dev|iance]]\n')!.contents, /succeed against the odds/);
  });

  it('a country shows its ISO code and whether the location lies inside it', () => {
    const inside = at(HEADER + '[[country:Bol|ivia]]\n[[latlng:-16.7068768105592,-64.68475372880839]]\n')!;
    assert.match(inside.contents, /🇧🇴 Bolivia\*\* · ISO BO \/ BOL/);
    assert.match(inside.contents, /lies in Bolivia/);
    const outside = at(HEADER + '[[country:Pe|ru]]\n[[latlng:-16.7068768105592,-64.68475372880839]]\n')!;
    assert.match(outside.contents, /lies \d+ km outside Peru/);
  });

  it('a latlng shows the country it falls in', () => {
    assert.match(
      at(HEADER + '[[latlng:-16.70|68768105592,-64.68475372880839]]\n')!.contents,
      /lies in 🇧🇴 Bolivia/,
    );
    assert.match(at(HEADER + '[[latlng:0|,0]]\n')!.contents, /lies in no country/);
  });

  it('a key, a section heading and a prompt explain themselves', () => {
    assert.match(at(HEADER + '[[meth|ods:Co-creation]]\n')!.contents, /\*\*methods\*\*/);
    const seed = example('001').text;
    const lines = seed.split('\n');
    const heading = lines.findIndex((line) => line === '## Challenge classification');
    const result = hover(analyzeText(seed), { line: heading, character: 4 }, { t: english, locale: 'en' })!;
    assert.match(result.contents, /section 3 of 6/);
    assert.match(result.contents, /Empty on purpose/);
    const tweet = lines.findIndex((line) => line.startsWith('> Short “tweet”'));
    assert.match(
      hover(analyzeText(seed), { line: tweet, character: 10 }, { t: english, locale: 'en' })!.contents,
      /At most 280 characters/,
    );
  });

  it('answer text and blogs have no hover, and no position of the corpus throws', () => {
    assert.equal(at(HEADER + '## Title\n\nMi Ba|rrio\n'), null);
    for (const file of ['learningplan', 'experiment', 'solution', 'toolkit', 'other'].flatMap(corpusFolder)) {
      const doc = analyzeText(file.text);
      doc.doc.lines.forEach((text, line) => {
        for (let character = 0; character <= text.length; character += 7)
          hover(doc, { line, character }, { t: english, locale: 'en' });
      });
    }
  });
});
