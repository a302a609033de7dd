/**
 * `check --fix` writes a fix only over the content it read, only as the user could write, and keeps links: an edit
 * saved while it runs is never lost, a read-only file is never rewritten, a symbolic or hard link stays one.
 */
import assert from 'node:assert/strict';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../support/docs';
import { runCli } from '../support/cli';

const FIXABLE =
  '# Plan\n[[focal_point:a@undp.org]]\n[[year:2022]]\n[[type:learnigplan]]\n[[country:Bolivia]]\n[[latlng:-16.7,-64.6]]\n';
const FIXED = /^\[\[type:learningplan\]\]$/m;
const EDIT_AFTER_READ = join(ROOT, 'test', 'support', 'editAfterRead.cjs');
const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;

describe('check --fix writes safely', () => {
  let dir: string;
  let count = 0;
  const file = (content = FIXABLE, mode = 0o644) => {
    const path = join(dir, `plan-${count++}.md`);
    writeFileSync(path, content);
    chmodSync(path, mode);
    return path;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-fix-safe-'));
    chmodSync(dir, 0o777);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps an edit saved after the file was read: "changed on disk, not fixed", exit 1', async () => {
    const path = file();
    const saved = `${FIXABLE}An answer typed while the check ran.\n`;
    const run = await runCli(['check', '--fix', path], {
      preload: [EDIT_AFTER_READ],
      env: { LP_EDIT_AFTER_READ: path, LP_EDIT_CONTENT: saved },
    });
    assert.equal(readFileSync(path, 'utf8'), saved);
    assert.match(run.stderr, /plan-\d+\.md: changed on disk, not fixed\n/);
    assert.equal(run.status, 1);
  });

  it('never rewrites a read-only file: "read-only, not fixed"', async () => {
    const path = file(FIXABLE, 0o444);
    const run = await runCli(['check', '--fix', path]);
    assert.equal(readFileSync(path, 'utf8'), FIXABLE);
    assert.equal(statSync(path).mode & 0o777, 0o444);
    assert.match(run.stderr, /read-only, not fixed/);
    assert.equal(run.status, 2);
  });

  it(
    'never writes a file its user could not write, even in a folder they may write',
    { skip: !asNobody && 'needs root to run as another user' },
    async () => {
      const path = file();
      const run = await runCli(['check', '--fix', path], asNobody!);
      assert.equal(readFileSync(path, 'utf8'), FIXABLE);
      assert.equal(statSync(path).uid, 0, 'still the owner it had');
      assert.match(run.stderr, /read-only, not fixed/);
    },
  );

  it('fixes the target of a symbolic link, and the link stays', async () => {
    const target = file();
    const link = join(dir, 'link.md');
    symlinkSync(target, link);
    const run = await runCli(['check', '--fix', link]);
    assert.equal(run.stderr.includes('not fixed'), false, run.stderr);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.match(readFileSync(target, 'utf8'), FIXED);
  });

  it('fixes a hard-linked file in place: both names see the fix', async () => {
    const path = file();
    const other = join(dir, 'other-name.txt');
    linkSync(path, other);
    await runCli(['check', '--fix', path]);
    assert.match(readFileSync(other, 'utf8'), FIXED);
    assert.equal(statSync(path).nlink, 2);
  });
});
