import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkText, fixAll, resolveSettings } from '../../server/src/service/internals';

const settings = resolveSettings({}, { currentYear: 2026 });

describe('fixes', () => {
  it('applies edits from the end, leaving out one that overlaps another', () => {
    const text = 'abcdef\nghij\n';
    const edits = [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: 'X' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, newText: 'Y' },
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } }, newText: 'Z' },
    ];
    assert.equal(applyEdits(text, edits), 'aXdef\nY\n');
  });

  it('fix all applies the preferred fixes; applying it again changes nothing', () => {
    const text =
      '# P\r\n[[type:learnigplan]]\r\n[[sdgs:SDG 5]]\r\n[[sdgs:Partnership for goals]]\r\n## Title\r\n';
    const once = fixAll(text, settings);
    assert.equal(
      once.text,
      '# P\r\n[[type:learningplan]]\r\n[[sdgs:5. Gender equality]]\r\n[[sdgs:Partnership for goals]]\r\n## Title\r\n' +
        once.text.slice(once.text.indexOf('## Title\r\n') + 10),
    );
    assert.ok(
      once.text.includes('## Challenge statement\r\n'),
      "missing sections added with the file's line endings",
    );
    assert.ok(!/[^\r]\n/.test(once.text), 'no bare LF added to a CRLF file');
    assert.equal(fixAll(once.text, settings).text, once.text);
    const left = checkText(once.text, settings).findings;
    assert.ok(
      left.every((finding) => !finding.fixes?.some((fix) => fix.preferred)),
      'no fixable finding left',
    );
  });

  it('joins a tag split by a stray line break', () => {
    const text = '# P\n[[type:learningplan]]\n[[thematic_areas:Big data\r Decision-making]]\n';
    assert.match(fixAll(text, settings).text, /\[\[thematic_areas:Big data  Decision-making\]\]\n/);
  });
});
