import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/docs';

const grammar = JSON.parse(
  readFileSync(join(ROOT, 'syntaxes', 'learning-plan-tags.tmLanguage.json'), 'utf8'),
);
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('TextMate grammar for tags', () => {
  it('is injected into Markdown by the manifest', () => {
    const entry = manifest.contributes.grammars.find(
      (g: { scopeName: string }) => g.scopeName === grammar.scopeName,
    );
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.equal(grammar.injectionSelector, 'L:text.html.markdown');
  });

  it('gives `[[`, the key, `:`, the value and `]]` scopes of their own', () => {
    const rule = grammar.repository.tag;
    const match = new RegExp(rule.match).exec('[[sdgs:5. Gender equality]]');
    assert.deepEqual(match?.slice(1), ['[[', 'sdgs', ':', '5. Gender equality', ']]']);
    const scopes = [1, 2, 3, 4, 5].map((group) => rule.captures[String(group)].name);
    assert.equal(new Set(scopes).size, 5);
    assert.equal(new RegExp(rule.match).exec('Some text [[not a tag'), null);
  });
});
