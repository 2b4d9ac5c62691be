import type { CharacterSummary } from './character-view.ts';

/** A character on an A–Z page of the index: a line, not a card, so a long letter stays one page. */
export type CharacterLine = Omit<CharacterSummary, 'tagline'>;

/**
 * `/characters/`: everyone as a card while they fit on one page (`letters` empty). Past that, no one, and the
 * letters of the A–Z pages; a filtered view then reads the filter's own list (`documents.characterFilter`).
 */
export type CharacterIndexDocument = { letters: string[]; characters: CharacterSummary[] };

/** `/characters/by-name/a/`: the characters whose names start with the letter, with the index's letters. */
export type CharacterLetterDocument = { letters: string[]; characters: CharacterLine[] };

/** The name of a filter's list, for `documents.characterFilter`: `family`, `family-new`, `new`. */
export const filterName = (group: string | null, newOnly: boolean) => [group, newOnly ? 'new' : null].filter(Boolean).join('-');
