import { describe, expect, it } from 'vitest';
import { readDataset } from './dataset-source.server.ts';
import { AVATAR_COLOURS, avatarLook } from './avatar.ts';

/** WCAG relative luminance and contrast. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('avatars', () => {
  it('take the first and last initials, leaving titles out', () => {
    expect(avatarLook({ id: 'nick-nelson', name: 'Nick Nelson' }).initials).toBe('NN');
    expect(avatarLook({ id: 'mr-farouk', name: 'Mr Farouk' }).initials).toBe('F');
    expect(avatarLook({ id: 'nellie', name: 'Nellie' }).initials).toBe('N');
    expect(avatarLook({ id: 'thibault', name: 'Thibault de Montalembert' }).initials).toBe('TM');
    expect(avatarLook({ id: 'stephane', name: 'Stéphane Nelson' }).initials).toBe('SN');
  });

  it('keep a colour per id, and white initials pass AA on every colour', () => {
    // The colour follows the id, not the name, so a renamed character keeps it.
    expect(avatarLook({ id: 'nick-nelson', name: 'Nicholas Nelson' }).colour).toBe(avatarLook({ id: 'nick-nelson', name: 'Nick Nelson' }).colour);
    for (const colour of AVATAR_COLOURS) expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('spread the characters over the palette', () => {
    const used = new Set(readDataset().characters.map((c) => avatarLook(c).colour));
    expect(used.size).toBeGreaterThanOrEqual(AVATAR_COLOURS.length - 2);
  });
});
