// @vitest-environment node
// `npm start` rebuilds only when an input is newer than dist/: here in a scratch project with set times.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSince, rebuildReason } from './build-inputs.mjs';

const INPUTS = ['data', 'src', 'public', 'index.html'];
const BUILT = new Date('2024-06-01T12:00:00Z');
const BEFORE = new Date('2024-06-01T11:00:00Z');
const AFTER = new Date('2024-06-01T13:00:00Z');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-inputs-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file (and its folders) under the scratch project, all dated `time`. */
function put(path: string, time: Date) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), '');
  for (let dir = path; dir !== '.'; dir = join(dir, '..')) utimesSync(join(root, dir), time, time);
}

/** A complete build in dist/, finished at `BUILT`. */
function build() {
  put('dist/404.html', BUILT);
  put('dist/sitemap.xml', BUILT);
}

describe('changedSince', () => {
  it('lists nothing when every input is older', () => {
    put('data/characters.json', BEFORE);
    put('index.html', BEFORE);
    expect(changedSince(root, INPUTS, BUILT.getTime())).toEqual([]);
  });

  it('names changed files, newest first, and not the folders they are in', () => {
    put('data/characters.json', BEFORE);
    put('data/events.json', AFTER);
    put('src/lib/deep/file.ts', new Date(AFTER.getTime() + 1000));
    utimesSync(join(root, 'data'), AFTER, AFTER);
    expect(changedSince(root, INPUTS, BUILT.getTime())).toEqual([
      'src/lib/deep/file.ts',
      'data/events.json',
    ]);
  });

  it('notices a deleted file by its folder', () => {
    put('data/characters.json', BEFORE);
    put('data/old.json', BEFORE);
    rmSync(join(root, 'data/old.json'));
    utimesSync(join(root, 'data'), AFTER, AFTER);
    expect(changedSince(root, INPUTS, BUILT.getTime())).toEqual(['data/']);
  });

  it('leaves out tests, which no build includes', () => {
    put('src/lib/words.test.ts', AFTER);
    put('src/lib/words.ts', BEFORE);
    expect(changedSince(root, INPUTS, BUILT.getTime())).toEqual([]);
  });

  it('skips inputs that do not exist', () => {
    expect(changedSince(root, INPUTS, BUILT.getTime())).toEqual([]);
  });
});

describe('rebuildReason', () => {
  it('builds when dist/ has no complete build', () => {
    put('dist/404.html', BUILT);
    expect(rebuildReason(root, join(root, 'dist'), INPUTS)).toBe('No complete build in dist/: building first.');
  });

  it('is undefined when the build is newer than every input', () => {
    put('data/characters.json', BEFORE);
    build();
    expect(rebuildReason(root, join(root, 'dist'), INPUTS)).toBeUndefined();
  });

  it('names what changed since the build', () => {
    put('data/characters.json', BEFORE);
    build();
    put('data/characters.json', AFTER);
    expect(rebuildReason(root, join(root, 'dist'), INPUTS)).toBe('data/characters.json changed since the last build: rebuilding.');
    put('index.html', AFTER);
    expect(rebuildReason(root, join(root, 'dist'), INPUTS)).toBe(
      'data/characters.json and 1 more changed since the last build: rebuilding.',
    );
  });
});
