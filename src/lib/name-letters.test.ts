import { describe, expect, it } from 'vitest';
import { isLetter, letterLabel, letterOf, lettersOf } from './name-letters.ts';

describe('the letters of an A–Z index', () => {
  it('list a name under its first letter, without accents, or under other', () => {
    expect(['Nick Nelson', 'élise Martin', 'Øyvind', '“Tori” Spring', '42nd Street'].map(letterOf)).toEqual(['n', 'e', 'other', 't', 'other']);
  });

  it('come a to z, then other, once each', () => {
    expect(lettersOf(['Tao', '9 Lives', 'Nick', 'Tori', 'Ben'])).toEqual(['b', 'n', 't', 'other']);
    expect(['a', 'other', 'z'].map(letterLabel)).toEqual(['A', 'Other', 'Z']);
  });

  it('take only a letter or other from a URL', () => {
    expect(['a', 'z', 'other', 'A', 'ab', '', '%'].map(isLetter)).toEqual([true, true, true, false, false, false, false]);
  });
});
