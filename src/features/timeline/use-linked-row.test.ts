import { describe, expect, it } from 'vitest';
import { fragmentId } from './use-linked-row.ts';

describe('fragmentId', () => {
  it('reads the id a link names, decoded', () => {
    expect(fragmentId('#season-2-release')).toBe('season-2-release');
    expect(fragmentId('#caf%C3%A9')).toBe('café');
  });

  it('has nothing for an empty fragment, and keeps a malformed escape as written instead of throwing', () => {
    expect(fragmentId('')).toBeNull();
    expect(fragmentId('#')).toBeNull();
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});
