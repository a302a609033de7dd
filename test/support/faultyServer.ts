/**
 * The language server with one extra rule that always fails, for proving that a failing rule is reported once and
 * hides nothing else. Started by the protocol tests with `node --import tsx test/support/faultyServer.ts --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { listNodeDocuments, readNodeFile } from '../../server/src/hosts/nodeFiles';
import { startServer } from '../../server/src/lsp/startServer';
import { RULES, type Rule } from '../../server/src/service/internals';

const failing: Rule = {
  id: 'LP998',
  name: 'always-fails',
  defaultSeverity: 'error',
  kinds: ['learningplan'],
  description: 'Fails on every plan, on purpose.',
  check() {
    throw new Error('this rule fails on purpose');
  },
};

startServer(createConnection(ProposedFeatures.all), {
  files: () => ({ readFile: readNodeFile, listDocuments: listNodeDocuments }),
  rulesDocUrl: 'https://example.org/rules.md',
  rules: [failing, ...RULES],
});
