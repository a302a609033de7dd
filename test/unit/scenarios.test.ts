import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inProcess, loadScenarios } from '../support/scenarios';

describe('the scenario table, in-process (the service on an in-memory workspace)', () => {
  for (const scenario of loadScenarios()) {
    it(`${scenario.name}: every document gets exactly its expected findings`, async () => {
      assert.deepEqual(await inProcess(scenario), scenario.expected);
    });
  }
});
