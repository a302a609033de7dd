import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { applyEdits, createLanguageService, type TagOperation } from '../../server/src/service/internals';
import { MemoryHost } from '../support/memoryHost';

const PLAN = [
  '# Mi Barrio',
  '[[focal_point:ana.perez@undp.org]]',
  '[[year:2023]]',
  '[[type:learningplan]]',
  '[[sdgs:5. Gender equality]]',
  '[[methods:Co-creation]]',
  '[[methods:Ethnography]]',
  '[[country:Bolivia]]',
  '## Title',
  '',
  '> Please provide a name for your action learning plan.',
  '',
  'Mi Barrio',
  '',
].join('\n');

const CARD = [
  '---',
  'title: Digital inclusion stores',
  'signature_solutions : [Poverty & inequality, Governance]',
  'enablers:',
  '  - Digitalization',
  '  - Strategic innovation',
  '---',
  '## Digital inclusion stores',
  '#### What it does.',
  'Stores.',
  '',
].join('\n');

async function edited(files: Record<string, string>, uris: string[], operation: TagOperation) {
  const host = new MemoryHost(files);
  const service = createLanguageService(host);
  await service.scanFolders(['file:///lab']);
  const result = await service.tagEdits(uris, operation);
  assert.ok(result.ok, result.ok ? '' : result.message);
  const texts = { ...files };
  for (const change of result.changes) texts[change.uri] = applyEdits(files[change.uri]!, change.edits);
  return { texts, result };
}

const A = 'file:///lab/a.md';
const B = 'file:///lab/b.md';
const C = 'file:///lab/c.md';

describe('bulk tag edits', () => {
  it('adds a method after the last method line of each selected document, and of no other', async () => {
    const files = { [A]: PLAN, [B]: PLAN.replace('[[methods:Ethnography]]\n', ''), [C]: PLAN };
    const { texts, result } = await edited(files, [A, B], {
      op: 'add',
      key: 'methods',
      value: 'Prototyping',
    });
    assert.match(
      texts[A]!,
      /\[\[methods:Ethnography\]\]\n\[\[methods:Prototyping\]\]\n\[\[country:Bolivia\]\]/,
    );
    assert.match(texts[B]!, /\[\[methods:Co-creation\]\]\n\[\[methods:Prototyping\]\]\n\[\[country/);
    assert.equal(texts[C], PLAN, 'a document that is not selected is never touched');
    assert.deepEqual(result.ok && result.changes.map((change) => change.uri), [A, B]);
  });

  it('leaves a document that already has the value, in any spelling, unchanged', async () => {
    const { result } = await edited({ [A]: PLAN }, [A], { op: 'add', key: 'methods', value: 'co-creation' });
    assert.deepEqual(result.ok && [result.changes, result.unchanged], [[], [A]]);
  });

  it('adds a key the document lacks after its tag block, with its own line breaks', async () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const { texts } = await edited({ [A]: crlf }, [A], { op: 'add', key: 'thematic_areas', value: 'youth' });
    assert.match(texts[A]!, /\[\[country:Bolivia\]\]\r\n\[\[thematic_areas:youth\]\]\r\n## Title/);
  });

  it('removes every line of a value, whatever its case, and nothing else', async () => {
    const twice = PLAN.replace('[[methods:Ethnography]]', '[[methods:Ethnography]]\n[[methods:co-creation]]');
    const { texts } = await edited({ [A]: twice }, [A], {
      op: 'remove',
      key: 'METHODS',
      value: 'Co-creation',
    });
    assert.equal(texts[A], PLAN.replace('[[methods:Co-creation]]\n', ''));
  });

  it('renames a value in place, or drops the old line when the new value is already there', async () => {
    const files = { [A]: PLAN, [B]: PLAN.replace('Ethnography', 'Prototyping') };
    const { texts } = await edited(files, [A, B], {
      op: 'rename',
      key: 'methods',
      from: 'Co-creation',
      to: 'Prototyping',
    });
    assert.match(texts[A]!, /\[\[methods:Prototyping\]\]\n\[\[methods:Ethnography\]\]/);
    assert.equal(
      texts[B],
      PLAN.replace('Ethnography', 'Prototyping').replace('[[methods:Co-creation]]\n', ''),
    );
  });

  it("edits a toolkit card's front matter lists, flow and block alike, keeping YAML valid", async () => {
    const card = 'file:///lab/card.md';
    const added = await edited({ [card]: CARD }, [card], {
      op: 'add',
      key: 'signature_solutions',
      value: 'Energy: access',
    });
    assert.match(
      added.texts[card]!,
      /signature_solutions : \[Poverty & inequality, Governance, "Energy: access"\]/,
    );
    const frontMatter = (text: string) => parse(text.split('---\n')[1]!) as Record<string, unknown>;
    assert.deepEqual(frontMatter(added.texts[card]!).signature_solutions, [
      'Poverty & inequality',
      'Governance',
      'Energy: access',
    ]);
    const block = await edited({ [card]: CARD }, [card], { op: 'add', key: 'enablers', value: 'Data' });
    assert.match(block.texts[card]!, / {2}- Strategic innovation\n {2}- Data\n---/);
    const removed = await edited({ [card]: CARD }, [card], {
      op: 'rename',
      key: 'enablers',
      from: 'digitalization',
      to: 'Strategic innovation',
    });
    assert.match(removed.texts[card]!, /enablers:\n {2}- Strategic innovation\n---/);
    assert.deepEqual(frontMatter(block.texts[card]!).enablers, [
      'Digitalization',
      'Strategic innovation',
      'Data',
    ]);
    const created = await edited({ [card]: CARD }, [card], {
      op: 'add',
      key: 'sdg',
      value: '5 Gender Equality',
    });
    assert.match(created.texts[card]!, /sdg: \[5 Gender Equality\]\n---/);
  });

  it('refuses a value that would break the tag line, with a message and no edit', async () => {
    const service = createLanguageService(new MemoryHost({ [A]: PLAN }));
    await service.scanFolders(['file:///lab']);
    for (const value of ['a]]b', 'two\nlines', '  ']) {
      const result = await service.tagEdits([A], { op: 'add', key: 'methods', value });
      assert.equal(result.ok, false, value);
      assert.ok(!result.ok && result.message.length > 10);
    }
    const badKey = await service.tagEdits([A], { op: 'add', key: 'meth ods]]', value: 'x' });
    assert.match(badKey.ok ? '' : badKey.message, /is not a tag key/);
  });

  it('skips documents it does not know or that are gone, saying why', async () => {
    const host = new MemoryHost({ [A]: PLAN, [B]: PLAN });
    const service = createLanguageService(host);
    await service.scanFolders(['file:///lab']);
    host.files.delete(B);
    const result = await service.tagEdits([A, B, 'file:///elsewhere/x.md'], {
      op: 'add',
      key: 'methods',
      value: 'Prototyping',
    });
    assert.ok(result.ok);
    assert.deepEqual(
      result.skipped.map((skip) => [skip.uri, skip.reason]),
      [
        [B, 'the file no longer exists'],
        ['file:///elsewhere/x.md', 'not a learning-plan document of the workspace'],
      ],
    );
    assert.deepEqual(
      result.changes.map((change) => [change.uri, change.version]),
      [[A, null]],
    );
  });

  it("edits an open document's text as the editor has it, with its version", async () => {
    const service = createLanguageService(new MemoryHost({ [A]: PLAN }));
    await service.scanFolders(['file:///lab']);
    const unsaved = PLAN.replace('[[methods:Ethnography]]\n', '');
    service.openDocument(A, unsaved, 7);
    const result = await service.tagEdits([A], { op: 'add', key: 'methods', value: 'Prototyping' });
    assert.ok(result.ok);
    assert.equal(result.changes[0]!.version, 7);
    assert.match(applyEdits(unsaved, result.changes[0]!.edits), /Co-creation\]\]\n\[\[methods:Prototyping/);
  });

  it('lists the values the selected documents give a key, most common first, and the vocabulary', async () => {
    const host = new MemoryHost({ [A]: PLAN, [B]: PLAN.replace('Ethnography', 'Prototyping') });
    const service = createLanguageService(host);
    await service.scanFolders(['file:///lab']);
    const values = await service.tagValues([A, B], 'methods');
    assert.deepEqual(values.present, [
      { value: 'Co-creation', count: 2 },
      { value: 'Ethnography', count: 1 },
      { value: 'Prototyping', count: 1 },
    ]);
    assert.ok(values.vocabulary.includes('Collective Intelligence'));
  });
});
