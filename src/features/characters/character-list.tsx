import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { AvatarImage } from '@/lib/avatar-image.tsx';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { LetterLinks } from '@/lib/letter-links.tsx';
import { paths } from '@/lib/paths.ts';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { GROUP_ORDER } from './character-groups.ts';
import type { CharacterSummary } from './character-view.ts';
import { filterName } from './character-list-view.ts';
import { characterFilterQuery, characterIndexQuery, characterLetterQuery } from './character-queries.ts';
import styles from './character-list.module.css';

type Group = CharacterSummary['group'];

const HEADINGS: Record<Group, string> = { main: 'Main characters', friends: 'Friends', family: 'Family', teachers: 'Teachers', others: 'Others' };

/** The groups in the order the index lists them, with their headings. */
const GROUPS = GROUP_ORDER.map((id) => [id, HEADINGS[id]] as const);

const NEW_HEADING = 'New in Season 2';

const label = (g: Group) => HEADINGS[g];

export type CharacterFilters = { group: Group | null; newOnly: boolean; ignored: string[] };

/** `group=family` and `new=1` from the URL; anything else is left out and named, so an old link still works. */
export function parseCharacterFilters(params: URLSearchParams): CharacterFilters {
  const ignored: string[] = [];
  const raw = params.get('group');
  const group = GROUPS.find(([id]) => id === raw)?.[0] ?? null;
  if (raw !== null && group === null) ignored.push(`group “${raw}”`);
  const fresh = params.get('new');
  if (fresh !== null && fresh !== '1') ignored.push(`new “${fresh}”`);
  return { group, newOnly: fresh === '1', ignored };
}

const NO_FILTERS: CharacterFilters = { group: null, newOnly: false, ignored: [] };

function CharacterCards({ characters }: { characters: CharacterSummary[] }) {
  return (
    <ul className={styles.grid}>
      {characters.map((c) => (
        <li key={c.id} className={styles.card}>
          <AvatarImage id={c.id} name={c.name} />
          <div className={styles.text}>
            <Link to={paths.character(c.id)} className={styles.name}>
              {c.name}
            </Link>
            <span className={styles.actor}>{c.actors.map((a) => a.name).join(' and ')}</span>
            <span className={styles.tagline}>{c.tagline}</span>
            {c.firstSeason === 2 ? <span className={styles.badge}>{NEW_HEADING}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function Section({ id, heading, characters }: { id: string; heading: string; characters: CharacterSummary[] }) {
  if (characters.length === 0) return null;
  return (
    <section aria-labelledby={`group-${id}`}>
      <h2 id={`group-${id}`}>{heading}</h2>
      <CharacterCards characters={characters} />
    </section>
  );
}

/**
 * Every character as a card: the leads first, then friends, family, teachers and others, then everyone new
 * in Season 2. Filters by group and "new in Season 2" live in the URL, read after hydration (the prerendered
 * page is the unfiltered one), so a filtered link can be shared. When everyone is too many for one page, the
 * page links a page per letter instead, and a filtered link fetches its filter's list.
 */
export function CharacterList() {
  const { data: index } = useSuspenseQuery(characterIndexQuery());
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const { group, newOnly, ignored } = hydrated ? parseCharacterFilters(params) : NO_FILTERS;
  const filtered = group !== null || newOnly;
  const long = index.letters.length > 0;
  const filterList = useQuery({ ...characterFilterQuery(filterName(group, newOnly)), enabled: long && filtered });
  const pool = long ? (filtered ? filterList.data : undefined) : index.characters;
  const shown = (pool ?? []).filter((c) => (group === null || c.group === group) && (!newOnly || c.firstSeason === 2));

  return (
    <>
      <nav aria-label="Filter characters" className={styles.filters}>
        <ul>
          {[null, ...GROUPS.map(([id]) => id)].map((g) => (
            <li key={g ?? 'everyone'}>
              <Link to={paths.characters({ group: g, newOnly })} aria-current={g === group ? 'true' : undefined}>
                {g === null ? 'Everyone' : label(g)}
              </Link>
            </li>
          ))}
        </ul>
        <Link to={paths.characters({ group, newOnly: !newOnly })} className={styles.toggle} aria-current={newOnly ? 'true' : undefined}>
          {NEW_HEADING} only
        </Link>
      </nav>
      {/* Changes once the app has read the link's filters: held back while the page settles (global.css). */}
      <div data-gated="">
        {ignored.length > 0 ? <p className={styles.note}>Left out of this link, as it isn’t a filter here: {ignored.join(', ')}.</p> : null}
        {filtered && filterList.isError ? <GatedUnavailable onRetry={() => void filterList.refetch()} /> : null}
        {filtered ? (
          pool === undefined ? null : shown.length > 0 ? (
            <Section id="chosen" heading={[newOnly ? NEW_HEADING : null, group ? label(group) : null].filter(Boolean).join(': ')} characters={shown} />
          ) : (
            <p>
              No one in this group is new in Season 2. <Link to={paths.characters({ group })}>Show the whole group</Link>
            </p>
          )
        ) : long ? (
          <LetterLinks label="Characters by name" letters={index.letters} href={paths.characterLetter} />
        ) : (
          <>
            {GROUPS.map(([id, heading]) => (
              <Section key={id} id={id} heading={heading} characters={shown.filter((c) => c.group === id && c.firstSeason !== 2)} />
            ))}
            <Section id="new" heading={NEW_HEADING} characters={shown.filter((c) => c.firstSeason === 2)} />
          </>
        )}
      </div>
    </>
  );
}

/** `/characters/by-name/a/`: the characters whose names start with the letter, a line each, with the other letters. */
export function CharacterLetter({ letter }: { letter: string }) {
  const { data } = useSuspenseQuery(characterLetterQuery(letter));
  if (!data) return null;
  return (
    <>
      <LetterLinks label="Characters by name" letters={data.letters} href={paths.characterLetter} current={letter} />
      <ul className={styles.lines}>
        {data.characters.map((c) => (
          <li key={c.id}>
            <Link to={paths.character(c.id)} className={styles.name}>
              {c.name}
            </Link>{' '}
            <span className={styles.actor}>
              {[c.actors.map((a) => a.name).join(' and '), label(c.group), c.firstSeason === 2 ? NEW_HEADING : null].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
