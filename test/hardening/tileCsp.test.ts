/** A tile server's URL template becomes the one source the map's Content-Security-Policy allows images from. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { webviewShell } from '../../client/src/panels/html';
import { tileOrigin } from '../../client/src/panels/tiles';

describe('the map tile server in the Content-Security-Policy', () => {
  it('allows the subdomains a {s} template loads from, and no more', () => {
    const template = 'https://{s}.tile.example.org/{z}/{x}/{y}.png';
    assert.equal(tileOrigin(template), 'https://*.tile.example.org');
    const html = webviewShell({
      cspSource: 's',
      nonce: 'n',
      title: 't',
      scriptUri: 'x',
      styleUris: [],
      imageOrigins: [tileOrigin(template)!],
    });
    assert.match(html, /img-src s data: https:\/\/\*\.tile\.example\.org;/);
    assert.equal(
      tileOrigin('https://tile-{s}.example.org:8443/{z}/{x}/{y}.png'),
      'https://*.example.org:8443',
    );
    assert.equal(tileOrigin('https://tile.example.org/{z}/{x}/{y}{r}.png'), 'https://tile.example.org');
  });

  it('adds nothing for a template that is not one https server', () => {
    for (const template of [
      '',
      'http://{s}.tile.example.org/{z}/{x}/{y}.png',
      'https://{s}.org/{z}/{x}/{y}.png',
      'https://{s}/{z}/{x}/{y}.png',
      'https://{s}.tile.example.org@evil.example/{z}.png',
      'https://user:secret@tile.example.org/{z}.png',
      'javascript:alert(1)',
      'https://tile.example.org;script-src */{z}.png',
    ])
      assert.equal(tileOrigin(template), null, template);
  });
});
