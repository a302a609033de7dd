import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyzeText,
  checkDocument,
  createLocalize,
  english,
  resolveSettings,
  type Position,
} from '../../server/src/service/internals';
import { BUNDLES } from '../../server/src/bundles';
import { complete, type CompletionOptions } from '../../server/src/service/features/completion';
import { hover } from '../../server/src/service/features/hover';

const HEADER = '# Mi Barrio\n[[focal_point:ana.perez@undp.org]]\n[[year:2022]]\n[[type:learningplan]]\n';
const EXPERIMENT = '# A test\n[[focal_point:ana.perez@undp.org]]\n[[year:2022]]\n[[type:experiment]]\n';

/** Completes at the `|` in the text. */
function at(textWithCursor: string, options: Partial<CompletionOptions> = {}) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  const position: Position = { line: before.length - 1, character: before.at(-1)!.length };
  return complete(analyzeText(text), position, { t: english, currentYear: 2026, ...options }).items;
}

function item(items: ReturnType<typeof at>, label: string) {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `${label} is offered among ${items.map((entry) => entry.label).join(', ')}`);
  return found;
}

describe('completion items carry what the archive knows of each value', () => {
  it("a method carries its definition and the archive's usage, as its hover does", () => {
    const method = item(at(`${HEADER}[[methods:|]]\n`), 'Positive Deviance');
    const hovered = hover(
      analyzeText(`${HEADER}[[methods:Positive Deviance]]\n`),
      { line: 4, character: 12 },
      { t: english, locale: 'en' },
    );
    assert.equal(method.documentation, hovered?.contents);
    assert.match(method.documentation ?? '', /succeed against the odds/);
    assert.match(method.documentation ?? '', /Used \d+ times in the archive's plans and experiments\./);
    assert.match(method.detail ?? '', /^Used \d+ times$/);
  });

  it('an SDG carries its goal statement in the display language', () => {
    const spanish = { t: createLocalize(BUNDLES.es), locale: 'es' };
    const goal = item(at(`${HEADER}[[sdgs:|]]\n`, spanish), '5. Gender equality');
    assert.match(goal.documentation ?? '', /Lograr la igualdad entre los géneros/);
    assert.match(goal.detail ?? '', /ODS 5: Igualdad de género/);
  });

  it('a country carries its flag, ISO codes, official name and how often the archive names it', () => {
    const bolivia = item(at(`${HEADER}[[country:Boli|\n`), 'Bolivia');
    const docs = bolivia.documentation ?? '';
    assert.match(docs, /🇧🇴 Bolivia\*\* · ISO BO \/ BOL · South America/);
    assert.match(docs, /Official name: Plurinational State of Bolivia · ISO numeric code 068/);
    assert.match(docs, /Named \d+ times in the archive's documents\./);
    assert.match(docs, /Also adds the country's location: -?\d/);
  });

  it("a Lab's own value is shown word for word, never as Markdown", () => {
    const settings = resolveSettings(
      { vocabulary: { methods: ['[Our method](https://example.org) *now*'] } },
      { currentYear: 2026 },
    );
    const own = item(at(`${HEADER}[[methods:|]]\n`, { settings }), '[Our method](https://example.org) *now*');
    assert.match(
      own.documentation ?? '',
      /^\*\*\\\[Our method\\\]\\\(https\\:\\\/\\\/example\\\.org\\\) \\\*now\\\*\*\*/,
    );
  });

  it('a key says what it holds and what the platform asks of it on this form', () => {
    const sdgs = item(at(`${HEADER}## Title\n## Challenge statement\n[[|\n`), 'sdgs');
    assert.match(sdgs.documentation ?? '', /\*\*sdgs\*\* — A Sustainable Development Goal addressed/);
    assert.match(
      sdgs.documentation ?? '',
      /The platform requires at least one\.\n\nThe platform takes at most 5\./,
    );
  });
});

describe('completion offers the values of every list', () => {
  it("an experiment's closed answers, in the form's order", () => {
    const labels = at(`${EXPERIMENT}[[experiment_status:|]]\n`).map((entry) => entry.label);
    assert.deepEqual(labels, [
      'Idea stage',
      'Design stage',
      'Under review',
      'Implementation stage',
      'Completed',
    ]);
    const stage = item(at(`${EXPERIMENT}[[experiment_status:|]]\n`), 'Design stage');
    assert.match(stage.documentation ?? '', /One of the answers to experiment_status/);
  });

  it('data sources that continue what is typed, most used first, in the spelling no rule flags', () => {
    const items = at(`${HEADER}[[datasources:surv|\n`);
    assert.ok(items.length > 0 && items.length <= 60);
    assert.equal(items[0]!.label, 'surveys');
    assert.match(items[0]!.documentation ?? '', /used \d+ times in the archive/);
    for (const entry of at(`${HEADER}[[thematic_areas:|\n`)) {
      const text = `${HEADER}[[thematic_areas:${entry.label}]]\n## Title\n`;
      const flagged = checkDocument(
        analyzeText(text),
        resolveSettings({}, { currentYear: 2026 }),
      ).findings.filter((finding) => finding.rule === 'LP014');
      assert.deepEqual(flagged, [], entry.label);
    }
  });

  it("a toolkit card's front-matter lists, with the right labels", () => {
    const card = '---\ntitle: A card\nsignature_solutions : [Gov|]\nsdg: []\n---\n#### What it does.\n';
    assert.ok(at(card).some((entry) => entry.label === 'Governance'));
    const goals = at('---\ntitle: A card\nsdg: [|]\n---\n#### What it does.\n');
    assert.equal(goals[0]!.detail, 'SDG 1: No Poverty');
  });
});
