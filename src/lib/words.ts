import type { Person } from './schema.server.ts';

/** How each of a person's roles reads in a sentence. */
export const ROLE_WORDS: Record<Person['roles'][number], string> = {
  actor: 'actor',
  creator: 'creator',
  writer: 'writer',
  director: 'director',
  'executive-producer': 'executive producer',
  producer: 'producer',
  composer: 'composer',
  'music-supervisor': 'music supervisor',
  editor: 'editor',
  cinematographer: 'director of photography',
};

/** "a, b and c" */
export const listOf = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "Creator, writer…" from "creator, writer…". */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Who plays a character: "Kit Connor"; Nellie's is "Echo (a dog)". */
export const playedBy = (actors: readonly { name: string; species?: string | undefined }[]) =>
  actors.map((a) => (a.species ? `${a.name} (a ${a.species})` : a.name)).join(' and ');
