import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/internals';
import { MemoryHost } from '../support/memoryHost';
import { planText } from '../support/plans';

const FOLDER = 'file:///lab/';
const METHODS_LINE = '# P\n[[type:learningplan]]\n[[methods:\n';

describe('the language service, as every caller makes it', () => {
  it('completion offers the methods a Lab declares in its configuration, as the rules accept them', async () => {
    const host = new MemoryHost({
      [`${FOLDER}.learningplans.yaml`]: 'vocabulary:\n  methods: [Lab Walks]\n',
    });
    const service = createLanguageService(host);
    service.openDocument(`${FOLDER}plan.md`, METHODS_LINE, 1);
    const { items } = await service.completion(`${FOLDER}plan.md`, { line: 2, character: 10 });
    const lab = items.find((item) => item.label === 'Lab Walks');
    assert.equal(lab?.insertText, 'Lab Walks]]');
    assert.ok(
      items.some((item) => item.label === 'Co-creation'),
      'the platform’s methods too',
    );

    service.openDocument(`${FOLDER}plan.md`, '# P\n[[type:learningplan]]\n[[methods:Lab Walks]]\n', 2);
    const rules = (await service.findings(`${FOLDER}plan.md`)).map((finding) => finding.rule);
    assert.ok(!rules.includes('LP016') && !rules.includes('LP011'), rules.join());
  });

  it('completion offers the methods of the editor’s own settings too', async () => {
    const host = new MemoryHost();
    host.editorSettings = { vocabulary: { methods: ['Street Labs'] } };
    const service = createLanguageService(host);
    service.openDocument('untitled:plan', METHODS_LINE, 1);
    const { items } = await service.completion('untitled:plan', { line: 2, character: 10 });
    assert.ok(items.some((item) => item.label === 'Street Labs'));
  });

  it('reads each configuration file once, until told that configurations changed', async () => {
    const host = new MemoryHost({ [`${FOLDER}.learningplans.yaml`]: 'rules:\n  LP009: off\n' });
    const service = createLanguageService(host);
    for (const name of ['a', 'b', 'c'])
      service.openDocument(`${FOLDER}${name}.md`, '# P\n[[type:learningplan]]\n', 1);
    for (const name of ['a', 'b', 'c']) await service.findings(`${FOLDER}${name}.md`);
    const configReads = () => host.reads.filter((uri) => uri.endsWith('.learningplans.yaml')).length;
    assert.equal(configReads(), 1);
    host.files.set(`${FOLDER}.learningplans.yaml`, 'rules:\n  LP009: error\n');
    await service.configurationChanged();
    const after = await service.findings(`${FOLDER}a.md`);
    assert.equal(configReads(), 2);
    assert.ok(after.some((finding) => finding.rule === 'LP009' && finding.severity === 'error'));
  });

  it('gives an open document its findings across documents, and the workspace its open text', async () => {
    const files = Object.fromEntries(
      [1, 2, 3, 4].map((n) => [
        `${FOLDER}p${n}.md`,
        planText({ title: `C${n}`, country: 'Peru', year: 2022 }),
      ]),
    );
    const service = createLanguageService(new MemoryHost(files));
    await service.scanFolders([FOLDER]);
    assert.deepEqual(
      await service.crossDocumentChanges(),
      [`${FOLDER}p1.md`],
      'the first plan carries the note',
    );
    service.openDocument(`${FOLDER}p1.md`, files[`${FOLDER}p1.md`]!, 1);
    assert.ok((await service.findings(`${FOLDER}p1.md`)).some((finding) => finding.rule === 'LP070'));
    assert.deepEqual(await service.crossDocumentChanges(), [], 'opening it changes nothing');
    service.openDocument(`${FOLDER}p1.md`, files[`${FOLDER}p1.md`]!.replace('2022', '2023'), 2);
    assert.deepEqual(
      await service.crossDocumentChanges(),
      [`${FOLDER}p1.md`],
      'its edit takes the note away',
    );
    assert.ok(!(await service.findings(`${FOLDER}p2.md`)).some((finding) => finding.rule === 'LP070'));
  });

  it('moves a location by editing the value of its latlng tag, and nothing on another line', async () => {
    const service = createLanguageService(new MemoryHost());
    const text = planText({ title: 'P', country: 'Peru', year: 2022 });
    service.openDocument('untitled:p', text, 1);
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.startsWith('[[latlng:'));
    const edits = await service.moveLocation('untitled:p', line, -12.0464, -77.0428);
    assert.deepEqual(edits, [
      {
        range: { start: { line, character: 9 }, end: { line, character: lines[line]!.length - 2 } },
        newText: '-12.0464,-77.0428',
      },
    ]);
    assert.equal(await service.moveLocation('untitled:p', line - 1, -12, -77), null);
  });
});
