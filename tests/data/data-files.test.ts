import { describe, expect, it } from 'vitest';
import { buildSiteFiles } from '@/app/site-documents.server.ts';
import { readDataset, readEntryLines } from '@/lib/dataset-source.server.ts';
import { documentFile } from '@/lib/dataset.ts';
import { levelPartName } from '@/lib/gated.ts';
import { NO_SPOILERS } from '@/lib/spoilers.ts';
import { LEVELS } from '../e2e/spoiler-settings.ts';
import { hiddenAt, leaksIn, spoilerStrings } from '../e2e/spoiler-strings.ts';

// Every data file the build writes, read as the bytes a device would receive, at every level: the public parts
// and each level's part give away nothing that level hides, in any form the text could take on the wire. The
// browser's leak scan (tests/e2e/spoilers.spec.ts) then checks that each page asks for its level's files, on the
// pages where what the level shows changes, rather than fetch every file of every page at every level.
const files = [...buildSiteFiles(readDataset(), readEntryLines())].map(([name, file]) => ({ url: name, body: JSON.stringify(file.content), public: file.public }));
const spoilers = spoilerStrings();

describe('what each data file may give away', () => {
  it('a public part: nothing a new visitor doesn’t see', () => {
    const publicFiles = files.filter((file) => file.public);
    expect(publicFiles.length).toBeGreaterThan(0);
    expect(leaksIn(publicFiles, hiddenAt(spoilers, NO_SPOILERS))).toEqual([]);
  });

  // Every level that hides something (from the last episode on, nothing is left to hide).
  const levels = LEVELS.flatMap((settings) => {
    const part = levelPartName(settings);
    return part === null || hiddenAt(spoilers, settings).length === 0 ? [] : [{ settings, part }];
  });
  it.each(levels)('a level’s part, at “$part”: nothing that level hides', ({ settings, part }) => {
    const parts = files.filter((file) => file.url.endsWith(documentFile('', part)));
    expect(parts.length).toBeGreaterThan(0);
    expect(leaksIn(parts, hiddenAt(spoilers, settings))).toEqual([]);
  });
});
