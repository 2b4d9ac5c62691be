/**
 * Build time: which pages get a link-preview image, and what each one says. scripts/build.mjs bundles this
 * beside the server renderer, so it uses the pages' own names, paths and avatars, then draws the images with
 * scripts/og-image.mjs. It reads only the public characters list (names and actors), never a gated part, so
 * no image can carry a spoiler.
 */
import type { SerializedFile } from '@/app/entry-server.tsx';
import { castCredit, type CastDocument } from '@/features/cast/cast-view.ts';
import type { CharacterSummary } from '@/features/characters/character-view.ts';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import { avatarLook } from '@/lib/avatar.ts';
import { runtimeText } from '@/lib/episode-facts.ts';
import { documentFile, documents } from '@/lib/dataset.ts';
import { paths } from '@/lib/paths.ts';
import { playedBy } from '@/lib/words.ts';
import type { OgImagePage } from './og-image.mjs';

export { SITE_NAME } from '@/lib/site.ts';


/** A public document the images are drawn from. */
function publicDocument<T>(files: ReadonlyMap<string, SerializedFile>, name: string): T {
  const file = files.get(documentFile(name));
  if (file === undefined) throw new Error(`ogPages: the site has no ${name} document.`);
  return JSON.parse(file.json) as T;
}

/** The home page, the reception, music and cast-and-crew pages, the timeline, every episode, every character and everyone with a cast page, from the site's data files. */
export function ogPages(files: ReadonlyMap<string, SerializedFile>): OgImagePage[] {
  const characters = publicDocument<CharacterSummary[]>(files, documents.characters);
  // The list every page's spoiler control is made of: numbers and titles, which no level hides.
  const episodes = publicDocument<EpisodeSummary[]>(files, documents.episodes);
  return [
    {
      image: paths.ogImage(paths.home()),
      title: 'Heartstopper Season 2 at a glance',
      subtitle: 'Characters, cast and a sourced timeline, spoiler-free',
    },
    {
      image: paths.ogImage(paths.reception()),
      title: 'Reception',
      subtitle: 'Reviews, scores, audiences and awards, each sourced',
    },
    {
      image: paths.ogImage(paths.music()),
      title: 'Music',
      subtitle: 'The soundtrack, episode by episode, as you watch',
    },
    {
      image: paths.ogImage(paths.castList()),
      title: 'Cast and crew',
      subtitle: 'Who plays whom, and who made the show',
    },
    {
      image: paths.ogImage(paths.timeline()),
      title: 'Timeline',
      subtitle: 'The news and the story, in order, with sources',
    },
    ...episodes.map((e) => ({
      image: paths.ogImage(paths.episode(e.id)),
      title: e.title,
      subtitle: [`Season ${e.season}, episode ${e.number}`, runtimeText(e, 'short')].filter(Boolean).join(' · '),
    })),
    ...characters.map((c) => ({
      image: paths.ogImage(paths.character(c.id)),
      title: c.name,
      subtitle: `Played by ${playedBy(c.actors)}`,
      avatar: avatarLook(c),
    })),
    // Each person's public document, never a gated part: their credit, which no level changes. A long cast
    // list's letter pages share the `cast/` prefix and are not a person.
    ...[...files]
      .filter(
        ([name, file]) =>
          file.public && name.startsWith(documents.cast('')) && !name.startsWith(documents.castLetter('')),
      )
      .map(([, file]) => JSON.parse(file.json) as CastDocument)
      .map((doc) => ({
        image: paths.ogImage(paths.cast(doc.person.id)),
        title: doc.person.name,
        subtitle: castCredit(doc),
        avatar: avatarLook(doc.person),
      })),
  ];
}
