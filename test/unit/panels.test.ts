import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { elementForLine } from '../../client/media/sourceLines';
import { learningPlanTags } from '../../client/src/markdownItTags';
import { createNonce, webviewShell } from '../../client/src/panels/html';
import { parseMapMessage, parsePreviewMessage } from '../../client/src/panels/messages';
import { tileOrigin } from '../../client/src/panels/tiles';
import { example } from '../support/corpus';
import { previewHtml } from '../support/preview';

const preview = previewHtml;

/** Everything that could run or load in a page, whatever the document said. */
function assertInert(html: string): void {
  // Text is escaped, so every real element starts with `<` followed by a letter: inspect those.
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  const allowed = new Set([
    'header',
    'div',
    'h1',
    'h2',
    'span',
    'button',
    'section',
    'p',
    'a',
    'b',
    'em',
    'strong',
    'br',
    'ul',
    'ol',
    'li',
    'code',
    'pre',
    'details',
    'summary',
    'blockquote',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'del',
    's',
  ]);
  for (const tag of tags) {
    const name = /^<([a-z0-9]+)/i.exec(tag)![1]!.toLowerCase();
    assert.ok(allowed.has(name), `unexpected element ${tag}`);
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `event handler in ${tag}`);
    assert.doesNotMatch(tag, /\s(style|srcdoc)\s*=/i, `style or srcdoc in ${tag}`);
    const href = /\shref="([^"]*)"/i.exec(tag)?.[1];
    if (href !== undefined) assert.match(href, /^(https?:|mailto:)/i, `link target in ${tag}`);
  }
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<svg onload=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=https://example.org">',
  '![x](https://example.org/track.png)',
  '![x](javascript:alert(1))',
  '<object data="x"></object><embed src="x">',
  '<style>body{display:none}</style>',
  '"><script>alert(1)</script>',
  '<details open ontoggle=alert(1)>',
];

describe('webview HTML', () => {
  it('has a strict Content-Security-Policy and the nonce on its script', () => {
    const nonce = createNonce();
    const html = webviewShell({
      cspSource: 'vscode-webview://abc',
      nonce,
      title: 'T',
      scriptUri: 'vscode-webview://abc/p.js',
      styleUris: ['vscode-webview://abc/p.css'],
    });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)![1]!
      .replace(/&#39;/g, "'");
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce.replace(/[+/]/g, '\\$&')}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https:|\*/);
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!);
    assert.equal(scripts.length, 1);
    assert.ok(scripts.every((attributes) => attributes.includes(`nonce="${nonce}"`)));
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });

  it('draws a fresh nonce for each render', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    assert.equal(nonces.size, 50);
    assert.ok([...nonces].every((nonce) => nonce.length >= 24));
  });

  it('allows a tile server only when one is set, and only that origin', () => {
    const shell = (imageOrigins: string[]) =>
      webviewShell({ cspSource: 's', nonce: 'n', title: 't', scriptUri: 'x', styleUris: [], imageOrigins });
    assert.match(shell([]), /img-src s data:;/);
    assert.match(shell(['https://tile.example.org']), /img-src s data: https:\/\/tile\.example\.org;/);
    assert.equal(tileOrigin('https://tile.example.org/{z}/{x}/{y}.png'), 'https://tile.example.org');
    assert.equal(tileOrigin('http://tile.example.org/{z}/{x}/{y}.png'), null);
    assert.equal(tileOrigin('javascript:alert(1)'), null);
  });

  it('escapes the title and data attributes', () => {
    const html = webviewShell({
      cspSource: 's',
      nonce: 'n',
      title: '</title><script>x</script>',
      scriptUri: 'x',
      styleUris: [],
      data: { borders: '"><script>' },
    });
    assert.equal([...html.matchAll(/<script/g)].length, 1);
  });
});

describe('preview body', () => {
  it('renders the title, SDG chips in their colours, the completeness meter and source lines', () => {
    const html = preview(example('001').text);
    assert.match(
      html,
      /<h1 data-source-line="0"><button type="button" class="lp-jump">Mi Barrio \(Digital neighborhood\)<\/button><\/h1>/,
    );
    assert.match(html, /class="lp-chip lp-sdg lp-sdg-5"[^>]*><b>5<\/b> Gender Equality/);
    assert.match(html, /id="lp-completeness"[\s\S]*21\/21 answered/);
    assert.match(html, /<div class="lp-group-card">/);
    assert.match(html, /class="lp-question lp-status-answered" data-source-line="\d+"/);
  });

  it('renders every injection payload inert, in answers, tags and the title', () => {
    for (const payload of PAYLOADS) {
      const text =
        `# ${payload}\n[[type:learningplan]]\n[[country:${payload}]]\n[[latlng:${payload}]]\n[[methods:${payload}]]\n[[focal_point:${payload}]]\n` +
        `## Title\n\n> ${payload}\n\n${payload}\n\n<div class="group">\n\n> Question\n\n${payload}\n\n</div>\n`;
      assertInert(preview(text));
    }
  });
});

describe('markdown-it plugin for the built-in preview', () => {
  it('renders tag lines as chips and keeps values inert', () => {
    const md = new MarkdownIt();
    learningPlanTags(md);
    const html = md.render(
      '[[sdgs:5. Gender equality]]\n[[country:Bolivia]]\n[[methods:<script>x</script>]]\n',
    );
    assert.match(html, /lp-sdg-5/);
    assert.match(html, /lp-key-country[^>]*>country: Bolivia</);
    assert.doesNotMatch(html, /<script/);
  });
});

describe('webview messages and logic', () => {
  it('accepts only well-formed messages', () => {
    assert.deepEqual(parsePreviewMessage({ type: 'reveal', line: 3 }), { type: 'reveal', line: 3 });
    assert.equal(parsePreviewMessage({ type: 'reveal', line: -1 }), null);
    assert.equal(parsePreviewMessage({ type: 'openLink', href: 'javascript:alert(1)' }), null);
    assert.equal(parsePreviewMessage({ type: 'eval', code: 'x' }), null);
    assert.deepEqual(parseMapMessage({ type: 'move', line: 5, lat: -16.7, lng: -64.6 }), {
      type: 'move',
      line: 5,
      lat: -16.7,
      lng: -64.6,
    });
    assert.equal(parseMapMessage({ type: 'move', line: 5, lat: 95, lng: 0 }), null);
    assert.equal(parseMapMessage({ type: 'move', line: 5, lat: Number.NaN, lng: 0 }), null);
    assert.equal(parseMapMessage(null), null);
  });

  it("maps the editor's top line to the preview element that shows it", () => {
    const elements = [{ line: 0 }, { line: 28 }, { line: 34 }, { line: 90 }];
    assert.equal(elementForLine(elements, 30), 1);
    assert.equal(elementForLine(elements, 95), 3);
    assert.equal(elementForLine(elements, 0), 0);
  });
});

describe('the preview says whether the document is ready for the platform', () => {
  const head =
    '# Mi Barrio\n[[focal_point:ana.perez@undp.org]]\n[[year:2023]]\n[[type:learningplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';

  it('gives a complete plan the verdict the status bar gives', () => {
    const html = preview(example('001').text);
    assert.match(html, /<p id="lp-readiness" class="lp-readiness lp-ready">.*Ready for the platform<\/p>/);
    assert.doesNotMatch(html, /lp-blocker/);
  });

  it('lists what blocks a plan, each item a button to its line', () => {
    const text = `${head}[[sdgs:5]]\n[[methods:Co-creation]]\n[[datasources:surveys]]\n## Title\n\n> Please provide a name for your action learning plan.\n\nTBD\n`;
    const html = preview(text);
    const blockers = [
      ...html.matchAll(/<button type="button" class="lp-blocker" data-line="(\d+)">([^<]*)<\/button>/g),
    ];
    assert.match(html, new RegExp(`<summary>${blockers.length} things block submission</summary>`));
    assert.deepEqual(
      blockers.slice(0, 2).map((match) => [match[1], match[2]]),
      [
        ['8', 'The platform requires thematic areas.'],
        ['11', 'The answer is a placeholder.'],
      ],
    );
  });

  it('marks the questions that do not count, so that the counts match what it shows', () => {
    const text = `${head}## Partners\n\n> Who are your top 5 partners for this challenge? Please submit from MOST to LEAST important and state Name, Sector and a brief description of the (intended) collaboration.\n\n> Please state the name of the Parter:\n\nThe municipality\n\n> What sector does our partner belong to?\n\n> Please provide a brief description of the collaboration.\n\nN/A\n`;
    const html = preview(text);
    const notes = html
      .split('<div class="lp-question')
      .slice(1)
      .map((part) => [
        /^[^"]*lp-status-([a-z-]+)/.exec(part)?.[1],
        /<p class="lp-unanswered">([^<]*)<\/p>/.exec(part)?.[1] ?? '',
      ]);
    assert.deepEqual(notes, [
      ['not-a-question', ''],
      ['answered', ''],
      ['not-exported', 'The platform&#39;s export never carries this answer: not counted'],
      ['placeholder', 'A placeholder, not an answer yet'],
    ]);
    assert.match(html, /<span aria-hidden="true">1\/2<\/span>/);
  });

  it('gives no verdict on a document that is not submitted', () => {
    assert.doesNotMatch(preview('# Notes\n\nWords.\n'), /lp-readiness/);
  });
});
