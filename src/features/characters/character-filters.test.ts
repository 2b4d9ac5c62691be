import { describe, expect, it } from 'vitest';
import { parseCharacterFilters } from './character-list.tsx';

describe('the characters index filters', () => {
  it('read a group and "new in Season 2" from the link', () => {
    expect(parseCharacterFilters(new URLSearchParams('group=family&new=1'))).toEqual({ group: 'family', newOnly: true, ignored: [] });
    expect(parseCharacterFilters(new URLSearchParams(''))).toEqual({ group: null, newOnly: false, ignored: [] });
  });

  it('leave junk out and name it, keeping what is valid', () => {
    expect(parseCharacterFilters(new URLSearchParams('group=villains&new=1'))).toEqual({ group: null, newOnly: true, ignored: ['group “villains”'] });
    expect(parseCharacterFilters(new URLSearchParams('group=teachers&new=yes'))).toEqual({ group: 'teachers', newOnly: false, ignored: ['new “yes”'] });
  });
});
