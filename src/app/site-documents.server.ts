/**
 * Build time, the one place that decides what the data files are and which of them are public: every route's
 * document, split into its public part and its gated parts (see `src/lib/gated.ts`). `scripts/build.mjs`
 * writes them under `dist/data/<version>/` and hands the service worker the public ones to keep offline; the
 * dev server and the tests serve them from memory.
 */
import { buildCastDocument, buildCastList } from '@/features/cast/cast-document.server.ts';
import { buildCharacterDocument, buildCharacterList } from '@/features/characters/character-document.server.ts';
import { buildCharacterIndex } from '@/features/characters/character-list-document.server.ts';
import { buildEpisodeDocument } from '@/features/episodes/episode-document.server.ts';
import { buildSeasonOverview } from '@/features/home/home-document.server.ts';
import { buildSearchDocuments, indexLevelDocuments, indexSearchDocuments } from '@/features/search/search-document.server.ts';
import type { PlacedDocument, SearchShards } from '@/features/search/search-index.ts';
import { buildMusic } from '@/features/music/music-document.server.ts';
import { buildReception } from '@/features/reception/reception-document.server.ts';
import { buildSourcePages } from '@/features/sources/sources-document.server.ts';
import { buildTimelineDocuments, timelinePageNames } from '@/features/timeline/timeline-document.server.ts';
import { documentFile, documents } from '@/lib/dataset.ts';
import { episodesInWatchOrder } from '@/lib/dataset-lookups.server.ts';
import { levelSpecs, splitGated, type LevelPart } from '@/lib/gated.ts';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import { paths } from '@/lib/paths.ts';
import type { EntryLines } from '@/lib/dataset-source.server.ts';
import type { DataEntry } from '@/lib/improve-this-page.tsx';
import type { CollectionName, Dataset } from '@/lib/schema.server.ts';
import { seasonLengthsOf } from '@/lib/spoilers.ts';

/** The season the wiki is about: the home page's overview. */
const SEASON = 2;

/** A data file, and who may have it. */
export type SiteFile = {
  /** The JSON value. */
  content: unknown;
  /**
   * True for a document's public part: the same for every viewer, so any device may hold it, and the service
   * worker keeps it offline ahead of need. False for a gated part (a level's spoilers, or one list's), which
   * reaches a device only when its viewer's level or a "Show" asks for it.
   */
  public: boolean;
};

/** Every data file by its name under `/data/<version>/`. */
export type SiteFiles = Map<string, SiteFile>;

export function buildSiteFiles(data: Dataset, lines: EntryLines): SiteFiles {
  // Where an entry's page says its facts are kept, for "Improve this page".
  const entry = (collection: CollectionName, id: string): DataEntry => ({ collection, line: lines[collection]?.get(id) });
  // In watch order: levels are made of them.
  const episodes: EpisodeSummary[] = episodesInWatchOrder(data).map(({ id, season, number, title, runtimeMinutes, runtimeAbout }) => ({
    id,
    season,
    number,
    title,
    runtimeMinutes,
    runtimeAbout: runtimeAbout && { from: runtimeAbout.from, to: runtimeAbout.to },
  }));
  const levels = levelSpecs(episodes);
  const seasons = seasonLengthsOf(episodes);
  const sources = buildSourcePages(data);
  const castList = buildCastList(data);
  const characterIndex = buildCharacterIndex(data);
  // Each route's document.
  const routeDocuments: [name: string, document: unknown][] = [
    [documents.episodes, episodes],
    [documents.home, buildSeasonOverview(data, SEASON)],
    [documents.characters, buildCharacterList(data)],
    [documents.characterIndex, characterIndex.index],
    ...[...characterIndex.letters].map(([letter, page]): [string, unknown] => [documents.characterLetter(letter), page]),
    ...[...characterIndex.filters].map(([filter, list]): [string, unknown] => [documents.characterFilter(filter), list]),
    ...data.characters.map((c): [string, unknown] => [
      documents.character(c.id),
      { ...buildCharacterDocument(data, c.id), dataEntry: entry('characters', c.id) },
    ]),
    [documents.castList, castList.index],
    ...[...castList.letters].map(([letter, page]): [string, unknown] => [documents.castLetter(letter), page]),
    ...data.people.map((p): [string, unknown] => [documents.cast(p.id), { ...buildCastDocument(data, p.id), dataEntry: entry('people', p.id) }]),
    ...episodes.map((e): [string, unknown] => [documents.episode(e.id), { ...buildEpisodeDocument(data, e.id), dataEntry: entry('episodes', e.id) }]),
    ...buildTimelineDocuments(data),
    [documents.sources, sources.index],
    ...sources.pages.map((p): [string, unknown] => [documents.sourcePage(p.year, p.part), p]),
    [documents.sourceLookup, sources.lookup],
    [documents.reception, buildReception(data)],
    [documents.music, buildMusic(data)],
  ];

  const files: SiteFiles = new Map();
  for (const [name, document] of routeDocuments) {
    const split = splitGated(document, levels, seasons);
    files.set(documentFile(name), { content: split.public, public: true });
    for (const [part, content] of split.parts) files.set(documentFile(name, part), { content, public: false });
  }

  // Search is split like any document, then each part is indexed and cut into a head and shards: the public
  // index's are public files; each level's, gated, hold only what the level allows (decision 0034). A level's
  // shards are named by the level, as its other parts are. Nothing shows a list of hidden search documents,
  // so no list part is written.
  const search = splitGated(buildSearchDocuments(data), levels, seasons);
  const writeSearch = (head: unknown, shards: Required<SearchShards>, part?: string) => {
    const isPublic = part === undefined;
    files.set(documentFile(documents.search, part), { content: head, public: isPublic });
    shards.termShardFiles.forEach((content, i) => files.set(documentFile(documents.searchTerms(i), part), { content, public: isPublic }));
    shards.recordShardFiles.forEach((content, i) => files.set(documentFile(documents.searchRecords(i), part), { content, public: isPublic }));
  };
  const { termShardFiles, recordShardFiles, ...head } = indexSearchDocuments(search.public);
  writeSearch(head, { termShardFiles, recordShardFiles });
  for (const { part } of levels) {
    const levelPart = search.parts.get(part) as LevelPart | undefined;
    if (!levelPart) continue;
    const { level, files: shards } = indexLevelDocuments(head, levelPart.entries.map((e) => e.item as PlacedDocument));
    writeSearch(level, shards, part);
  }
  return files;
}

/** Every URL that gets its own HTML file, in sitemap order. */
export function sitePaths(data: Dataset): string[] {
  return [
    paths.home(),
    paths.episodes(),
    ...episodesInWatchOrder(data).map((e) => paths.episode(e.id)),
    paths.characters(),
    ...buildCharacterIndex(data).index.letters.map((letter) => paths.characterLetter(letter)),
    ...data.characters.map((c) => paths.character(c.id)),
    paths.castList(),
    ...buildCastList(data).index.letters.map((letter) => paths.castLetter(letter)),
    ...data.people.map((p) => paths.cast(p.id)),
    paths.timeline(),
    ...timelinePageNames(data).map((page) => paths.timelinePage(page)),
    paths.search(),
    paths.sources(),
    ...buildSourcePages(data).pages.map((p) => paths.sourcePage(p.year, p.part)),
    paths.reception(),
    paths.music(),
    paths.about(),
  ];
}
