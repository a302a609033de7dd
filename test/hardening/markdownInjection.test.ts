/**
 * Text from the configuration (an edition's label, its headings) reaches hovers as words, never as Markdown: no
 * link, no image, no HTML and no autolinked address comes of it, whatever the Markdown renderer allows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { analyzeText, findRule, parseConfig, resolveSettings } from '../../server/src/service/internals';
import { complete } from '../../server/src/service/features/completion';
import { hover } from '../../server/src/service/features/hover';
import { english } from '../../server/src/service/internals';

const PAYLOAD =
  '![pixel](https://evil.example/p.png) [click](https://evil.example) <img src=x onerror=alert(1)> https://evil.example www.evil.example *loud* `code`';

const CONFIG = [
  'forms:',
  '  - form: plan',
  '    edition: lab',
  `    label: "${PAYLOAD}"`,
  '    sections:',
  `      - heading: "Risks ${PAYLOAD}"`,
  '        questions: [What could stop you?]',
  '',
].join('\n');

/** The words a reader sees in rendered HTML. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** As permissive as a Markdown renderer gets: raw HTML on, bare addresses made links. */
const renderer = new MarkdownIt({ html: true, linkify: true });

describe('text from the configuration in hovers', () => {
  const settings = resolveSettings(parseConfig(CONFIG, (id) => findRule(id) !== undefined).settings);
  const text = `# P\n[[type:learningplan]]\n## Risks ${PAYLOAD}\n\n> What could stop you?\n\nNothing.\n`;
  const doc = analyzeText(text, settings.forms);

  for (const [what, line] of [
    ['a section heading', 2],
    ['a question prompt', 4],
  ] as const) {
    it(`on ${what}: shown word for word, with no link, image or HTML`, () => {
      const result = hover(doc, { line, character: 3 }, { t: english, locale: 'en' });
      assert.ok(result, 'a hover');
      const html = renderer.render(result.contents);
      assert.doesNotMatch(html, /<a[\s>]|<img[\s>]/);
      assert.ok(textOf(html).includes(PAYLOAD), textOf(html));
    });
  }

  it('completion shows it as plain text: a label, never Markdown documentation', () => {
    const items = complete(doc, { line: 2, character: 3 }, { t: english, currentYear: 2026 }).items;
    const risks = items.find((item) => item.label === `Risks ${PAYLOAD}`);
    assert.ok(risks, items.map((item) => item.label).join(' | '));
    assert.equal(risks.documentation, undefined);
  });
});
