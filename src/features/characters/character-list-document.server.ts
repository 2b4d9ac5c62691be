/**
 * Build time: the characters index's documents: the index, and when everyone is too many for one page, its
 * A–Z pages and a list per filter. `src/app/site-documents.server.ts` decides the data files with them.
 */
import { letterOf, lettersOf } from '@/lib/name-letters.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import { buildCharacterList } from './character-document.server.ts';
import { GROUP_ORDER } from './character-groups.ts';
import { filterName, type CharacterIndexDocument, type CharacterLetterDocument } from './character-list-view.ts';
import type { CharacterSummary } from './character-view.ts';

/**
 * How many characters `/characters/` shows as cards on one page: a card and its data weigh about 125 B gzip at
 * 100×, so 150 stay well under the 30 KB every page's first response keeps to (docs/decisions/0032). Past it,
 * the index links a page per letter; at 1× it is one page.
 */
export const CHARACTERS_ON_ONE_PAGE = 150;

export type CharacterIndexFiles = {
  index: CharacterIndexDocument;
  /** Each letter's page, by letter. */
  letters: Map<string, CharacterLetterDocument>;
  /** Each filter's list, by `filterName`: what a filtered link shows once the app runs. */
  filters: Map<string, CharacterSummary[]>;
};

export function buildCharacterIndex(data: Dataset, onOnePage = CHARACTERS_ON_ONE_PAGE): CharacterIndexFiles {
  const characters = buildCharacterList(data);
  if (characters.length <= onOnePage) return { index: { letters: [], characters }, letters: new Map(), filters: new Map() };
  const letters = lettersOf(characters.map((c) => c.name));
  const filters = new Map<string, CharacterSummary[]>();
  for (const group of [null, ...GROUP_ORDER]) {
    for (const newOnly of group === null ? [true] : [false, true]) {
      filters.set(
        filterName(group, newOnly),
        characters.filter((c) => (group === null || c.group === group) && (!newOnly || c.firstSeason === 2)),
      );
    }
  }
  return {
    index: { letters, characters: [] },
    letters: new Map(
      letters.map((l) => [l, { letters, characters: characters.filter((c) => letterOf(c.name) === l).map(({ id, name, firstSeason, group, actors }) => ({ id, name, firstSeason, group, actors })) }]),
    ),
    filters,
  };
}
