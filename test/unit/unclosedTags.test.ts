import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyzeText,
  applyEdits,
  checkDocument,
  english,
  fixAll,
  resolveSettings,
  type Position,
} from '../../server/src/service/internals';
import { complete } from '../../server/src/service/features/completion';

const settings = resolveSettings({}, { currentYear: 2026 });
const HEADER = '# Mi Barrio\n\n[[focal_point:ana.perez@undp.org]]\n[[year:2024]]\n[[type:learningplan]]\n';

/** Completes at the `|` and applies the item with this label, as the editor would (a snippet's `$0` removed). */
function accept(textWithCursor: string, label: string): string {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, offset).split('\n');
  const position: Position = { line: before.length - 1, character: before.at(-1)!.length };
  const items = complete(analyzeText(text), position, { t: english, currentYear: 2026 }).items;
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `${label} is offered`);
  const insert = item.snippet ? item.insertText.replace('$0', '') : item.insertText;
  return applyEdits(text, [{ range: item.range, newText: insert }, ...(item.additionalEdits ?? [])]);
}

describe('a tag typed by hand, as the editor half-closes it', () => {
  // The editor declines to close a `[` when brackets further down are unbalanced: above an unclosed tag, typing
  // `[[methods:` leaves `[[methods:]`.
  const BELOW = '[[sdgs:5. Gender equality\n## Title\n';

  it('completing the key or the value of `[[methods:]` writes the whole tag, touching nothing below', () => {
    assert.equal(accept(`${HEADER}[[|]\n${BELOW}`, 'methods'), `${HEADER}[[methods:]]\n${BELOW}`);
    assert.equal(
      accept(`${HEADER}[[methods:|]\n${BELOW}`, 'Co-creation'),
      `${HEADER}[[methods:Co-creation]]\n${BELOW}`,
    );
    assert.equal(
      accept(`${HEADER}[[methods:Co-|]\n${BELOW}`, 'Co-creation'),
      `${HEADER}[[methods:Co-creation]]\n${BELOW}`,
    );
  });

  it('never swallows the next tag on the same line', () => {
    assert.equal(
      accept(`${HEADER}[[methods:| [[sdgs:1. No poverty]]\n## Title\n`, 'Co-creation'),
      `${HEADER}[[methods:Co-creation]] [[sdgs:1. No poverty]]\n## Title\n`,
    );
    assert.equal(
      accept(`${HEADER}[[| [[sdgs:1. No poverty]]\n## Title\n`, 'methods'),
      `${HEADER}[[methods:]] [[sdgs:1. No poverty]]\n## Title\n`,
    );
  });

  it('LP001 closes an unclosed tag, and fix all does too when the line holds that one tag', () => {
    const text = `${HEADER}[[methods:Co-creation]\n[[sdgs:5. Gender equality\n[[country:Peru [[latlng:1,2\n## Title\n`;
    const unclosed = checkDocument(analyzeText(text), settings).findings.filter(
      (finding) => finding.rule === 'LP001',
    );
    assert.deepEqual(
      unclosed.map((finding) => [
        finding.range.start.line,
        finding.fixes?.[0]?.title,
        finding.fixes?.[0]?.preferred,
      ]),
      [
        [5, 'Close the tag with `]]`', true],
        [6, 'Close the tag with `]]`', true],
        [7, 'Close the tag with `]]`', false],
      ],
    );
    const fixed = fixAll(text, settings).text;
    assert.match(fixed, /\n\[\[methods:Co-creation\]\]\n\[\[sdgs:5\. Gender equality\]\]\n/);
    assert.match(fixed, /\n\[\[country:Peru \[\[latlng:1,2\n/, 'two tags on a line are left to the author');
  });
});
