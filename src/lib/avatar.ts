/**
 * A character's generated avatar: their initials on a colour from our palette, the same colour every time
 * (chosen by their id). No photos or artwork: we have no licence for any. Pages draw it as SVG, and the
 * build draws it into link-preview images.
 */

/** Deep enough that white initials pass WCAG AA (4.5:1) on every one, in light and dark themes alike. */
export const AVATAR_COLOURS = ['#2e6b4a', '#a23b5f', '#3d5a98', '#7a4a9c', '#9a5412', '#1f6f78', '#8a3b2e', '#4f5d2f'] as const;

/** Titles that aren't part of the name a face goes by: "Mr Farouk" is "F". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

export type AvatarLook = { initials: string; colour: (typeof AVATAR_COLOURS)[number] };

/** FNV-1a: a small, stable string hash, so a colour never changes between builds. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Initials (first and last word of the name, titles left out) and a palette colour picked by `id`. */
export function avatarLook({ id, name }: { id: string; name: string }): AvatarLook {
  const words = name.split(/\s+/).filter((w) => w && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words.slice(0, 1);
  const initials = letters.map((w) => [...(w ?? '')][0]?.toUpperCase() ?? '').join('') || '?';
  return { initials, colour: AVATAR_COLOURS[hash(id) % AVATAR_COLOURS.length] ?? AVATAR_COLOURS[0] };
}
