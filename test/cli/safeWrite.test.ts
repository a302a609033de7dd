import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeFixes } from '../../server/src/cli/safeWrite';

const OLD = '# Plan\n[[type:learnigplan]]\n';
const NEW = '# Plan\n[[type:learningplan]]\n';
const isRoot = process.getuid?.() === 0;

describe('writing fixes to a file', () => {
  let dir: string;
  let count = 0;
  /** A fresh folder per test, with a document holding OLD. */
  const fresh = (mode = 0o644) => {
    const folder = join(dir, String(count++));
    mkdirSync(folder);
    const path = join(folder, 'plan.md');
    writeFileSync(path, OLD, { mode });
    chmodSync(path, mode);
    return { folder, path };
  };
  const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.'));

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lp-write-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the content, keeps the mode and leaves nothing beside it', async () => {
    const { folder, path } = fresh(0o640);
    const before = statSync(path);
    assert.deepEqual(await writeFixes(path, Buffer.from(OLD), NEW), { written: true });
    assert.equal(readFileSync(path, 'utf8'), NEW);
    assert.equal(statSync(path).mode & 0o7777, 0o640);
    assert.notEqual(statSync(path).ino, before.ino, 'a new file renamed over the old one');
    assert.deepEqual(leftovers(folder), []);
  });

  it('writes nothing over a file that changed since it was read', async () => {
    const { folder, path } = fresh();
    writeFileSync(path, `${OLD}An edit saved meanwhile.\n`);
    const outcome = await writeFixes(path, Buffer.from(OLD), NEW);
    assert.deepEqual(outcome, { written: false, reason: 'changed', message: 'changed on disk, not fixed' });
    assert.equal(readFileSync(path, 'utf8'), `${OLD}An edit saved meanwhile.\n`);
    assert.deepEqual(leftovers(folder), []);
  });

  it('writes nothing where a file was removed since it was read', async () => {
    const { path } = fresh();
    rmSync(path);
    assert.equal((await writeFixes(path, Buffer.from(OLD), NEW)).written, false);
    assert.throws(() => statSync(path));
  });

  it('follows a symbolic link: the target gets the fixes, the link stays a link', async () => {
    const { folder, path } = fresh();
    const link = join(folder, 'link.md');
    symlinkSync(path, link);
    assert.deepEqual(await writeFixes(link, Buffer.from(OLD), NEW), { written: true });
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(path, 'utf8'), NEW);
  });

  it('writes a file with several names in place: every name sees the fixes, the inode stays', async () => {
    const { folder, path } = fresh(0o600);
    const other = join(folder, 'other-name.md');
    linkSync(path, other);
    const inode = statSync(path).ino;
    assert.deepEqual(await writeFixes(path, Buffer.from(OLD), NEW), { written: true });
    assert.equal(readFileSync(other, 'utf8'), NEW);
    assert.equal(statSync(path).ino, inode);
    assert.equal(statSync(path).nlink, 2);
    assert.equal(statSync(path).mode & 0o7777, 0o600);
    assert.deepEqual(leftovers(folder), [], 'the copy of the original is removed once the fixes are on disk');
  });

  it('writes a shorter content in place without leaving the old tail', async () => {
    const { folder, path } = fresh();
    linkSync(path, join(folder, 'other-name.md'));
    writeFileSync(path, `${OLD}${'x'.repeat(1000)}\n`);
    const read = readFileSync(path);
    assert.deepEqual(await writeFixes(path, read, NEW), { written: true });
    assert.equal(readFileSync(path, 'utf8'), NEW);
  });

  it('never writes a read-only file, even as root, and leaves its mode alone', async () => {
    const { folder, path } = fresh(0o444);
    const outcome = await writeFixes(path, Buffer.from(OLD), NEW);
    assert.deepEqual(outcome, { written: false, reason: 'read-only', message: 'read-only, not fixed' });
    assert.equal(readFileSync(path, 'utf8'), OLD);
    assert.equal(statSync(path).mode & 0o7777, 0o444);
    assert.deepEqual(leftovers(folder), []);
  });

  it(
    'keeps the owner of a file it replaces',
    { skip: !isRoot && 'needs root to give files away' },
    async () => {
      const { path } = fresh(0o664);
      chownSync(path, 65534, 65534);
      assert.deepEqual(await writeFixes(path, Buffer.from(OLD), NEW), { written: true });
      assert.deepEqual([statSync(path).uid, statSync(path).gid], [65534, 65534]);
      assert.equal(statSync(path).mode & 0o7777, 0o664);
    },
  );
});
