import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contrastRatio, relativeLuminance, textColourOn } from '../../server/src/portfolio/contrast';
import { sdgStylesheet } from '../../client/src/panels/sdgStyles';
import { SDGS } from '../../server/src/service/vocab/sdgs';
import { corpusFolder, example } from '../support/corpus';
import { ROOT } from '../support/docs';
import { previewHtml } from '../support/preview';

const preview = previewHtml;

describe('colour contrast (WCAG 2.1)', () => {
  it('computes relative luminance and contrast ratios as WCAG defines them', () => {
    assert.equal(relativeLuminance('#ffffff'), 1);
    assert.equal(relativeLuminance('#000000'), 0);
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#000000'), 21);
    // WCAG's own reference: #767676 is the lightest grey that passes 4.5:1 on white.
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrastRatio('#777777', '#FFFFFF').toFixed(2), '4.48');
    assert.throws(() => relativeLuminance('red'), /Not a #rrggbb colour/);
  });

  it('gives every SDG chip a text colour that reaches 4.5:1 on the official colour, dark on light goals', () => {
    for (const goal of SDGS) {
      const text = textColourOn(goal.colour);
      assert.ok(contrastRatio(goal.colour, text) >= 4.5, `SDG ${goal.number}: ${goal.colour} with ${text}`);
    }
    assert.equal(textColourOn('#FCC30B'), '#000000', 'SDG 7, yellow: dark text');
    assert.equal(textColourOn('#FD9D24'), '#000000', 'SDG 11, orange: dark text');
    assert.equal(textColourOn('#19486A'), '#ffffff', 'SDG 17, navy: white text');
    const failingWhite = SDGS.filter((goal) => contrastRatio(goal.colour, '#ffffff') < 4.5);
    assert.ok(failingWhite.length >= 10, 'white text, as before, fails on most goals');
  });
});

describe('the SDG colours, from one source', () => {
  it('generates one stylesheet from the vocabulary: official background, contrasting text', () => {
    const css = sdgStylesheet(SDGS);
    for (const goal of SDGS) {
      const rule = new RegExp(`\\.lp-sdg\\.lp-sdg-${goal.number} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      assert.match(rule, new RegExp(`background: ${goal.colour};`), `SDG ${goal.number}`);
      assert.match(rule, new RegExp(`color: ${textColourOn(goal.colour)};`), `SDG ${goal.number}`);
    }
  });

  it('the built sdg-colours.css is that stylesheet, and no other stylesheet or script repeats a colour', () => {
    assert.equal(readFileSync(join(ROOT, 'dist', 'media', 'sdg-colours.css'), 'utf8'), sdgStylesheet(SDGS));
    const sources = [
      ...readdirSync(join(ROOT, 'client', 'media')).map((name) => join('client', 'media', name)),
      ...readdirSync(join(ROOT, 'client', 'src', 'panels')).map((name) =>
        join('client', 'src', 'panels', name),
      ),
    ];
    for (const path of sources) {
      const text = readFileSync(join(ROOT, path), 'utf8').toLowerCase();
      for (const goal of SDGS)
        assert.ok(!text.includes(goal.colour.toLowerCase()), `${path} repeats ${goal.colour}`);
    }
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { 'markdown.previewStyles': string[] };
    };
    assert.ok(manifest.contributes['markdown.previewStyles'].includes('./dist/media/sdg-colours.css'));
  });
});

interface Element {
  tag: string;
  attributes: string;
  /** Its own source line, if it has one. */
  own: number | null;
  /** Its own source line or that of the nearest element around it: the line a click on it reveals. */
  line: number | null;
  /** Nothing inside it: nothing to click on. */
  empty: boolean;
}

/** The elements of some HTML, each with its own source line and the nearest one around it. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const stack: { tag: string; line: number | null }[] = [];
  const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>/gi)) {
    const [, closing, name, attributes] = match as unknown as [string, string, string, string];
    const tag = name.toLowerCase();
    if (closing) {
      const at = stack.map((entry) => entry.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    const ownText = /\sdata-(?:source-)?line="(\d+)"/.exec(attributes)?.[1];
    const own = ownText === undefined ? null : Number(ownText);
    const line = own ?? stack.at(-1)?.line ?? null;
    const empty = html.startsWith(`</${tag}>`, (match.index ?? 0) + match[0].length);
    found.push({ tag, attributes, own, line, empty });
    if (!VOID.has(tag)) stack.push({ tag, line });
  }
  return found;
}

describe('the preview by keyboard and screen reader', () => {
  const documents = [
    example('001').text,
    ...corpusFolder('learningplan')
      .slice(0, 15)
      .map((file) => file.text),
    ...corpusFolder('experiment')
      .slice(0, 5)
      .map((file) => file.text),
  ];

  it('lets the keyboard reach every source line a click reveals', () => {
    for (const text of documents) {
      const all = elements(preview(text));
      const focusable = all.filter(
        (element) => element.tag === 'button' || /\stabindex="0"/.test(element.attributes),
      );
      const reachable = new Set(focusable.map((element) => element.line));
      const clickable = all
        .filter((element) => element.own !== null && !element.empty)
        .map((element) => element.own);
      const unreachable = clickable.filter((line) => !reachable.has(line));
      assert.deepEqual(unreachable, [], text.split('\n')[0]);
    }
  });

  it('names each section by its heading alone, with its count beside it, read as "1 of 1 answered"', () => {
    const html = preview(example('001').text);
    assert.match(
      html,
      /<h2 data-source-line="\d+"><button type="button" class="lp-jump">Title<\/button><\/h2><span class="lp-section-progress"><span aria-hidden="true">1\/1<\/span><span class="lp-visually-hidden">1 of 1 answered<\/span><\/span>/,
    );
    for (const heading of html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g))
      assert.doesNotMatch(heading[1]!, /\d+\/\d+/, 'no count inside a heading');
  });

  it('makes chips, headings and prompts buttons, and answers focusable blocks', () => {
    const html = preview(example('001').text);
    assert.equal([...html.matchAll(/<span class="lp-chip[^"]*"[^>]*data-source-line/g)].length, 0);
    assert.ok([...html.matchAll(/<button type="button" class="lp-chip lp-sdg/g)].length === 3);
    assert.ok([...html.matchAll(/<p class="lp-prompt"><button type="button" class="lp-jump">/g)].length > 10);
    assert.ok([...html.matchAll(/<div class="lp-answer" tabindex="0" data-source-line="\d+">/g)].length > 10);
    assert.match(
      html,
      /<a class="lp-mail" href="mailto:[^"]+" title="Write to [^"]+" aria-label="Write to [^"]+">/,
    );
  });

  it('names a document without a title', () => {
    assert.match(
      preview('[[type:learningplan]]\n## Title\n'),
      /<h1 data-source-line="\d+"><button[^>]*>Untitled</,
    );
  });
});
