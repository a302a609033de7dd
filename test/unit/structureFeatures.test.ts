import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { english, parseDocument } from '../../server/src/service/internals';
import { foldingRanges } from '../../server/src/service/features/folding';
import { documentLinks } from '../../server/src/service/features/links';
import { semanticTokens } from '../../server/src/service/features/semanticTokens';
import { documentSymbols } from '../../server/src/service/features/symbols';
import { corpusFolder, example } from '../support/corpus';

const plan = parseDocument(example('001').text);

describe('outline', () => {
  it('starts at the title, then lists the tag block and the sections; learning questions carry their question', () => {
    const [root, ...rest] = documentSymbols(plan, english);
    assert.deepEqual(rest, [], 'one root');
    assert.equal(root?.name, 'Mi Barrio (Digital neighborhood)');
    assert.equal(root?.kind, 'document');
    assert.equal(root?.selectionRange.start.line, 0);
    const symbols = root!.children;
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'Tags',
        'Title',
        'Challenge statement',
        'Challenge classification',
        'Partners',
        'Learning questions',
        'Learning questions',
        'Closing',
      ],
    );
    assert.match(symbols[5]!.detail ?? '', /^Can the co-creation of a digital platform/);
    assert.match(symbols[6]!.detail ?? '', /^Can local youth play a role/);
  });

  it("gathers each partner's questions under the partner's name", () => {
    const partners = documentSymbols(plan, english)[0]!.children.find((s) => s.name === 'Partners')!;
    const groups = partners.children.filter((child) => child.kind === 'group');
    assert.deepEqual(
      groups.map((g) => g.name),
      ['Autonomous Municipal Government of La Paz', 'Neighborhood councils of the city of La Paz'],
    );
    assert.equal(groups[0]!.children.length, 4);
  });

  it("every symbol's selection range lies inside its range", () => {
    const walk = (symbols: ReturnType<typeof documentSymbols>) => {
      for (const s of symbols) {
        assert.ok(
          s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line,
          s.name,
        );
        walk(s.children);
      }
    };
    for (const file of corpusFolder('learningplan').slice(0, 40))
      walk(documentSymbols(parseDocument(file.text), english));
  });

  it('names a toolkit card by its title, and a document without a title "Untitled"', () => {
    const card = parseDocument(
      '---\ntitle: Drones for mapping\nsignature_solutions : [Governance]\n---\n## Drones for mapping\n#### What it does.\n',
    );
    assert.equal(documentSymbols(card, english)[0]?.name, 'Drones for mapping');
    assert.equal(
      documentSymbols(parseDocument('[[type:learningplan]]\n## Title\n'), english)[0]?.name,
      'Untitled',
    );
  });

  it('is empty for documents that are not ours', () => {
    assert.deepEqual(documentSymbols(parseDocument('# Notes\n\nhello\n'), english), []);
  });
});

describe('folding', () => {
  it('folds the tag block, each section and each group', () => {
    const folds = foldingRanges(plan);
    assert.ok(
      folds.some((f) => f.startLine === 2 && f.endLine === 27 && f.kind === 'region'),
      'tag block',
    );
    const title = plan.sections[0]!;
    assert.ok(
      folds.some((f) => f.startLine === title.heading.line && f.endLine === title.heading.line + 4),
      'Title section, without trailing blank lines',
    );
    for (const group of plan.groups)
      assert.ok(
        folds.some((f) => f.startLine === group.range.start.line && f.endLine === group.range.end.line),
      );
  });
});

describe('links', () => {
  it('links the focal point as mailto and web addresses in answers', () => {
    const links = documentLinks(plan);
    assert.equal(links[0]?.target, 'mailto:diego.suarez@undp.org');
    assert.ok(
      links.some((link) =>
        link.target.startsWith('https://undp-accelerator-labs.github.io/Archive_SDG_Commons_2022/blobs/'),
      ),
    );
    const card = parseDocument(example('004').text);
    const targets = documentLinks(card).map((link) => link.target);
    assert.ok(targets.includes('https://lab.pnud.org.pe/es-CL/folders/creando-2023'));
  });
});

describe('semantic tokens', () => {
  it('marks each part of a tag, and headings and prompts in plain text', () => {
    const doc = parseDocument('# P\n[[year:2022]]\n[[type:learningplan]]\n## Title\n> Question?\n');
    const tokens = semanticTokens(doc, { structure: false });
    assert.deepEqual(
      tokens.filter((t) => t.line === 1).map((t) => [t.character, t.length, t.type]),
      [
        [0, 2, 'operator'],
        [2, 4, 'property'],
        [6, 1, 'operator'],
        [7, 4, 'number'],
        [11, 2, 'operator'],
      ],
    );
    const structure = semanticTokens(doc, { structure: true });
    assert.ok(structure.some((t) => t.line === 3 && t.type === 'namespace'));
    assert.ok(structure.some((t) => t.line === 4 && t.type === 'comment'));
    assert.ok(!tokens.some((t) => t.type === 'namespace'));
  });
});
