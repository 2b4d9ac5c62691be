/**
 * The A–Z pages an index is cut into when it is too long for one page (the cast, the characters; see
 * docs/decisions/0032): a name is listed under its first letter without accents, `a` to `z`, or `other`.
 */

export const OTHER_LETTER = 'other';

/** `Élise` → `e`, `Zoe` → `z`, `42` → `other`. */
export function letterOf(name: string): string {
  const first = name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toLowerCase();
  return /^[a-z]$/.test(first) ? first : OTHER_LETTER;
}

/** The letters `names` start with, `a` to `z`, then `other`. */
export function lettersOf(names: Iterable<string>): string[] {
  const letters = new Set([...names].map(letterOf));
  return [...letters].sort((a, b) => (a === OTHER_LETTER ? 1 : b === OTHER_LETTER ? -1 : a.localeCompare(b)));
}

/** What a letter's link says: `A`, or `Other` for names that don't start with a letter a to z. */
export const letterLabel = (letter: string) => (letter === OTHER_LETTER ? 'Other' : letter.toUpperCase());

/** Whether a URL's letter is one an index could have: anything else is not a page. */
export const isLetter = (value: string) => /^[a-z]$/.test(value) || value === OTHER_LETTER;
