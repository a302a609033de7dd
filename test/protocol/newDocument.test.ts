import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewDocumentChoices, NewDocumentResult } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';

describe('new document requests over stdio', () => {
  let client: LspClient;
  before(async () => {
    ({ client } = await LspClient.start());
  });
  after(() => client.stop());

  it('offers the forms and the countries', async () => {
    const choices = await client.connection.sendRequest<NewDocumentChoices>(
      'learningPlans/newDocumentChoices',
    );
    assert.ok(choices.forms.some((form) => form.id === 'plan'));
    assert.ok(choices.countries.some((country) => country.name === 'Bolivia' && country.label === 'Bolivia'));
  });

  it('writes a new plan that the server then finds free of errors', async () => {
    const { text, fileName } = await client.connection.sendRequest<NewDocumentResult>(
      'learningPlans/newDocument',
      { form: 'plan', title: 'Mi Barrio', country: 'bolivia' },
    );
    assert.equal(fileName, 'Mi Barrio.md');
    assert.match(text, /^# Mi Barrio\n/);
    assert.match(text, /\n\[\[sdgs:\]\]\n/);
    assert.match(text, /\[\[country:Bolivia\]\]/);
    assert.match(text, new RegExp(`\\[\\[year:${new Date().getFullYear()}\\]\\]`));
    const uri = 'untitled:Untitled-new';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 1).map((d) => d.message),
      [],
    );
  });
});
