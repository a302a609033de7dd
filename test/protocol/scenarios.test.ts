import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndexRequest } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import {
  editedText,
  inProcess,
  key,
  loadScenarios,
  sorted,
  uriOf,
  type FindingsByPath,
  type Scenario,
} from '../support/scenarios';

/** What the server has published for each document of the scenario ([] for a document it never published). */
function published(client: LspClient, scenario: Scenario): FindingsByPath {
  const result: FindingsByPath = {};
  for (const path of scenario.documents) {
    result[path] = (client.latest.get(uriOf(scenario, path))?.diagnostics ?? []).map((diagnostic) =>
      key({ rule: String(diagnostic.code), severity: diagnostic.severity ?? 1, range: diagnostic.range }),
    );
  }
  return sorted(result);
}

/** Waits until the server's publications are exactly the expected findings. */
async function settlesOn(client: LspClient, scenario: Scenario, expected: FindingsByPath, stage: string) {
  await client
    .until(() => {
      const now = published(client, scenario);
      const wrong = scenario.documents.filter(
        (path) => JSON.stringify(now[path]) !== JSON.stringify(expected[path]),
      );
      return wrong.length === 0
        ? null
        : `${stage}: ${wrong.map((path) => `${path} ${JSON.stringify(now[path])}`)}`;
    })
    .catch((error: Error) => assert.fail(error.message));
}

describe('the scenario table, through the server over stdio (the folder as the workspace)', () => {
  for (const scenario of loadScenarios()) {
    it(`${scenario.name}: closed, opened, edited, reverted and closed again, the same findings`, async () => {
      const { client } = await LspClient.start({
        workspaceFolders: [{ uri: pathToFileURL(scenario.folder).href, name: scenario.name }],
        settings: { validation: { debounce: 0 } },
      });
      try {
        // Answered once the server has read the workspace and published what it found.
        await client.connection.sendRequest(WorkspaceIndexRequest);
        assert.deepEqual(published(client, scenario), scenario.expected, 'closed documents, from disk');
        for (const path of scenario.documents)
          await client.open(uriOf(scenario, path), scenario.files[path]!);
        await settlesOn(client, scenario, scenario.expected, 'all open');
        const { file } = scenario.edit!;
        const uri = uriOf(scenario, file);
        await client.change(uri, [{ text: editedText(scenario) }]);
        await settlesOn(
          client,
          scenario,
          await inProcess(scenario, { [file]: editedText(scenario) }),
          'edited',
        );
        await client.change(uri, [{ text: scenario.files[file]! }]);
        await settlesOn(client, scenario, scenario.expected, 'reverted');
        for (const path of scenario.documents) await client.close(uriOf(scenario, path));
        await settlesOn(client, scenario, scenario.expected, 'closed again');
      } finally {
        await client.stop();
      }
    });
  }
});
