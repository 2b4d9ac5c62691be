// @vitest-environment node
// The preview-image renderer is plain .mjs, run by the build; here it draws one image as the build would.
import { describe, expect, it } from 'vitest';
import { avatarLook } from '@/lib/avatar.ts';
import { SITE_NAME } from '@/lib/site.ts';
import { renderOgImage } from './og-image.mjs';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('renderOgImage', () => {
  it('draws a 1200×630 PNG under 300 KB', async () => {
    const png = await renderOgImage({
      site: SITE_NAME,
      title: 'Stéphane Nelson',
      subtitle: 'Played by Thibault de Montalembert',
      avatar: avatarLook({ id: 'stephane-nelson', name: 'Stéphane Nelson' }),
      name: 'characters/stephane-nelson',
    });
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk is IHDR: its data starts with the width and the height, big-endian.
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(300 * 1024);
  });
});
