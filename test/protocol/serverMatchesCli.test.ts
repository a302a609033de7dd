import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndexRequest } from '../../server/src/protocol';
import { runCli } from '../support/cli';
import { CORPUS } from '../support/corpus';
import { LspClient } from '../support/lspClient';
import { key, sorted, type FindingsByPath } from '../support/scenarios';

interface JsonReport {
  files: { path: string; diagnostics: { rule: string; severity: string; range: never }[] }[];
}

describe('the server and the command line on the corpus sample (390 real documents)', () => {
  it('publish the same findings for every document, closed, opened, after an edit and its undoing', async () => {
    const run = await runCli(['check', '.', '--format', 'json'], { cwd: CORPUS });
    const report = JSON.parse(run.stdout) as JsonReport;
    const paths = report.files.map((file) => file.path);
    const cli: FindingsByPath = sorted(
      Object.fromEntries(report.files.map((file) => [file.path, file.diagnostics.map(key)])),
    );
    const uri = (path: string) => pathToFileURL(join(CORPUS, path)).href;
    const { client } = await LspClient.start({
      workspaceFolders: [{ uri: pathToFileURL(CORPUS).href, name: 'corpus' }],
      settings: { validation: { debounce: 0 } },
    });
    const published = () =>
      sorted(
        Object.fromEntries(
          paths.map((path) => [
            path,
            (client.latest.get(uri(path))?.diagnostics ?? []).map((d) =>
              key({ rule: String(d.code), severity: d.severity ?? 1, range: d.range }),
            ),
          ]),
        ),
      );
    const differences = () => {
      const now = published();
      const wrong = paths.filter((path) => JSON.stringify(now[path]) !== JSON.stringify(cli[path]));
      return wrong.length === 0 ? null : `${wrong.length} differ, first ${wrong[0]}: ${now[wrong[0]!]}`;
    };
    try {
      await client.connection.sendRequest(WorkspaceIndexRequest);
      assert.equal(differences(), null, 'closed documents');
      const texts = new Map(paths.map((path) => [path, readFileSync(join(CORPUS, path), 'utf8')]));
      for (const path of paths) await client.open(uri(path), texts.get(path)!);
      await client.until(differences);
      // A plan moves to another year, then back: every document's findings come back to the command line's.
      const plan = paths.find(
        (path) => /\[\[year:20\d\d\]\]/.test(texts.get(path)!) && path.includes('learningplan'),
      )!;
      const moved = texts.get(plan)!.replace(/\[\[year:20\d\d\]\]/, '[[year:1999]]');
      await client.change(uri(plan), [{ text: moved }]);
      await client.until(() => (differences() === null ? 'the edit is not seen yet' : null));
      await client.change(uri(plan), [{ text: texts.get(plan)! }]);
      await client.until(differences);
      for (const path of paths) await client.close(uri(path));
      await client.until(differences);
    } finally {
      await client.stop();
    }
  });
});
