/**
 * The dataset's schemas: one zod schema per collection in `data/`, one file per collection.
 *
 * Parsed output equals input (no transforms), so the client can import the JSON as these types once the
 * build has validated it, without shipping zod to browsers. See docs/decisions/0002-validate-at-build.md.
 * Browser code may import only its types (`import type`); lint keeps its values, and zod itself, out of
 * browser code.
 */
import { z } from 'zod';
import { parseEpisodeCode } from './spoilers.ts';

/** Stable kebab-case id: links and references depend on it, so never rename one. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/**
 * A date with its precision: `"2016"`, `"2022-09"` or `"2022-09-22"`. Checked against the calendar when the
 * data loads, so `"2023-02-30"` is rejected.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * The episode whose airing makes a fact a spoiler: `"s1e8"` for Season 1, episode 8, or `"s2"` when a source
 * places it in Season 2 without naming the episode (then it counts as revealed by the season's last episode).
 */
export const revealSchema = z
  .string()
  .regex(/^s[1-9]\d?(?:e[1-9]\d?)?$/, 'must name an episode like "s2e5" or a season like "s2"');

/**
 * Which telling a fact speaks of, when that is not the Netflix series: `books` for Alice Oseman's novels,
 * webcomic and graphic novels; `adaptation` for how the series compares with them (what it adapts, keeps
 * or changes). Leave out for the series itself and for real-world news.
 */
export const mediumSchema = z.enum(['books', 'adaptation']);

/** Ids of the `sources` entries that back a fact. At least one: every fact cites its source. */
const citesSchema = z.array(idSchema).min(1, 'every fact cites at least one source');

/** The longest passage an excerpt may quote: enough to check a fact, short enough to be fair quotation. */
export const EXCERPT_MAX_WORDS = 40;

/** Words as the limit counts them: runs of characters between spaces. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The evidence beside `sources`: for a cited source id, the passage of that article that supports what the
 * object says, copied verbatim (`…` marks a cut), at most 40 words. It is shown when a reader opens the
 * footnote, and travels with its fact, so it is gated like it: it must give away no more than its fact does.
 */
const excerptsSchema = z
  .record(
    idSchema,
    z
      .string()
      .min(1)
      .refine((text) => wordCount(text) <= EXCERPT_MAX_WORDS, { message: `an excerpt is at most ${EXCERPT_MAX_WORDS} words` }),
  )
  .optional();

/** A piece of prose with its sources, and the episode that reveals it when it is a spoiler. */
export const factSchema = z.strictObject({
  /** Our own wording: never copy an article's prose. */
  text: z.string().min(1),
  /** Ids of the sources that back this text. */
  sources: citesSchema,
  /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
  excerpts: excerptsSchema,
  /** The episode that reveals this fact. Leave out only when the fact gives nothing of the story away. */
  reveals: revealSchema.optional(),
  /** Where sources disagree, say so here instead of picking one silently. */
  note: z.string().min(1).optional(),
  /** Set when the fact is about the books (`books`) or compares them with the series (`adaptation`). */
  medium: mediumSchema.optional(),
});

/** A content note, shown whatever the spoiler level. */
export const contentNoteSchema = z.enum(['mental-health', 'homophobia', 'eating-disorder', 'self-harm', 'bullying']);

/** `data/sources.json`: the articles and posts every fact cites. */
export const sourceSchema = z
  .strictObject({
    /** Stable id, cited by facts, e.g. `nme-2023-08-03`. */
    id: idSchema,
    /** The outlet, e.g. `NME`. Leave out when the article does not say which outlet published it. */
    publication: z.string().min(1).optional(),
    /** The article's headline, when known. */
    headline: z.string().min(1).optional(),
    /** The byline, when known. */
    author: z.string().min(1).optional(),
    /** When it was published, to the precision known. */
    date: partialDateSchema,
    /** Where to read it: the original outlet's address, not a copy's. Only a seed whose address is unknown lacks one. */
    url: z.url().optional(),
    /** The copy we read, when it sits on another host (a syndication or a mirror) and `url` is the original. */
    readAt: z.url().optional(),
    /** File name (without `.txt`) of the seed article in `shared/seeds/` this entry stands for, if any. */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}$/).optional(),
    /** Anything a reader should know about this source: a known error in it, where the link goes. */
    note: z.string().min(1).optional(),
    /**
     * How the date (and, where the text does not say, the outlet) was worked out, for the curious: shown
     * folded away under "How we dated this", not as content.
     */
    datingNote: z.string().min(1).optional(),
    /** `blog-post` for a personal blog rather than an outlet (a blog needs a second source beside it); else leave out. */
    kind: z.enum(['blog-post']).optional(),
  })
  .refine((s) => s.publication ?? s.headline ?? s.note, {
    message: 'a source needs a publication, a headline or a note saying what it is',
    path: ['publication'],
  })
  // A reader must be able to open what a fact cites; the wiki never cites itself or an unpublished sheet.
  .refine((s) => s.url !== undefined || s.seed !== undefined, {
    message: 'a source needs the address of the published article (only a seed may lack one, and its note says so)',
    path: ['url'],
  });

/** `data/people.json`: actors and crew. */
export const personSchema = z.strictObject({
  /** Stable kebab-case id, e.g. `kit-connor`. */
  id: idSchema,
  /** The name as credited. */
  name: z.string().min(1),
  /**
   * What they do on the show, most notable first. `cinematographer` is the director of photography; the crew
   * roles are those a cited article credits, so a page can say who made the show as well as who is in it.
   */
  roles: z
    .array(
      z.enum([
        'actor',
        'creator',
        'writer',
        'director',
        'executive-producer',
        'producer',
        'composer',
        'music-supervisor',
        'editor',
        'cinematographer',
      ]),
    )
    .min(1),
  /** A short safe line about them, with sources. */
  bio: factSchema.optional(),
  /** Sources that back their credit. */
  sources: citesSchema,
  /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
  excerpts: excerptsSchema,
  /** Set for a non-human performer, e.g. `"dog"`. */
  species: z.string().min(1).optional(),
});

/** `data/characters.json`: everyone with a page. */
export const characterSchema = z.strictObject({
  /** The page's slug and the stable id: kebab-case credited name, e.g. `nick-nelson`. */
  id: idSchema,
  /** The credited name, e.g. `Nick Nelson`. */
  name: z.string().min(1),
  /** Other names: a full name, a surname some sources give. */
  aliases: z.array(z.string().min(1)).optional(),
  /** Ids in `people` of who plays them. */
  actors: z.array(idSchema).min(1),
  /** The season they first appear in. */
  firstSeason: z.number().int().min(1).max(3),
  /**
   * Where the characters index lists them: `main` (the two leads), `friends` (the friends' group and theirs),
   * `family`, `teachers`, or `others` (at school, or too little published to say more). Within a group the
   * index follows this file's order. Anyone new in Season 2 is listed under "New in Season 2" instead.
   */
  group: z.enum(['main', 'friends', 'family', 'teachers', 'others']),
  /** One safe sentence for lists and link previews: no spoilers, whatever the level. */
  tagline: z.string().min(1).max(200),
  /**
   * What they do in the story's world, for the infobox: their school and year, or their job ("Art teacher at
   * Truham Grammar School"). Only what a source says; leave it out rather than guess. Shown to everyone, so it
   * must not carry `reveals`.
   */
  occupation: factSchema
    .refine((f) => f.reveals === undefined, {
      message: 'the occupation is shown to everyone: a change the story reveals belongs in `details`',
      path: ['reveals'],
    })
    .optional(),
  /** The safe introduction: must not carry `reveals`. */
  summary: factSchema.refine((f) => f.reveals === undefined, {
    message: 'the summary is shown to everyone: move spoilers into `details`',
    path: ['reveals'],
  }),
  /** Further facts, each gated by the episode that reveals it. */
  details: z.array(factSchema),
  /** Content notes for what their page touches. */
  contentNotes: z.array(contentNoteSchema).optional(),
});

/** One stage of a relationship: what the two are to each other from the episode that reveals it. */
export const relationshipStageSchema = z.strictObject({
  /** What kind of bond this is at this stage. */
  type: z.enum(['partner', 'family', 'friend', 'crush', 'rival', 'teacher', 'colleague', 'classmate', 'pet', 'ex']),
  /** What `from` is to `to` at this stage, e.g. `mother`. Defaults to the type. */
  fromRole: z.string().min(1).optional(),
  /** What `to` is to `from` at this stage, e.g. `son`. Defaults to the type. */
  toRole: z.string().min(1).optional(),
  /** The episode that reveals this stage, when knowing it is a spoiler. Later stages come later in watch order. */
  reveals: revealSchema.optional(),
  /** Sources that back it. */
  sources: citesSchema,
  /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
  excerpts: excerptsSchema,
  /** Where sources disagree. */
  note: z.string().min(1).optional(),
});

/**
 * `data/relationships.json`: one entry per pair of characters, with the stages the bond goes through (friends,
 * then partners). A page shows the latest stage the viewer's level allows.
 */
export const relationshipSchema = z.strictObject({
  /** Stable id, e.g. `nick-nelson--charlie-spring`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Character id of one side. */
  from: idSchema,
  /** Character id of the other side. */
  to: idSchema,
  /** The stages in watch order: the first may be public, each later one is revealed no earlier than the one before. */
  stages: z.array(relationshipStageSchema).min(1),
});

/**
 * `data/episodes.json`: one entry per episode. What it says of the story is a spoiler: its logline is shown
 * once the viewer has seen the episode before (as a streaming service shows "next up"), and its songs and
 * places, which name moments, with the episode itself. Its number, title, runtime, release and credits are not.
 */
export const episodeSchema = z.strictObject({
  /** `s2e1` style id. */
  id: z.string().regex(/^s[1-9]\d?e[1-9]\d?$/),
  /** Season number. */
  season: z.number().int().min(1),
  /** Episode number within the season. */
  number: z.number().int().min(1),
  /** The episode's title. */
  title: z.string().min(1),
  /** Running time in minutes, when a source gives the episode's own (cited with the episode's `sources`). */
  runtimeMinutes: z.number().int().positive().optional(),
  /**
   * When no source gives the episode's own length: what sources say of its season's episodes ("about 25
   * minutes each", "around 30"), as a range in minutes, with those sources. Shown as "about 25–30 minutes".
   */
  runtimeAbout: z
    .strictObject({
      /** The shortest length a source gives, in minutes. */
      from: z.number().int().positive(),
      /** The longest, in minutes: the same as `from` when the sources agree. */
      to: z.number().int().positive(),
      /** The sources that give a length for the season's episodes. */
      sources: citesSchema,
      /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
      excerpts: excerptsSchema,
    })
    .refine((r) => r.from <= r.to, { message: 'from is at most to', path: ['to'] })
    .optional(),
  /** When it was released on Netflix. */
  released: partialDateSchema,
  /** Sources for the title, release and runtime. */
  sources: citesSchema,
  /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
  excerpts: excerptsSchema,
  /** Who wrote and who directed it: person ids, with the sources that credit them. */
  credits: z
    .strictObject({
      /** Person id of the writer. */
      writer: idSchema,
      /** Person id of the director. */
      director: idSchema,
      /** Sources that credit them for this episode (or for every episode of its season). */
      sources: citesSchema,
      /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
      excerpts: excerptsSchema,
    })
    .optional(),
  /** What the episode sets up, in our own words (from the service's own blurb, never copied). */
  logline: z.strictObject({ text: z.string().min(1), sources: citesSchema, excerpts: excerptsSchema }).optional(),
  /**
   * Critics' ratings of this one episode, where a source prints one (a recap's stars). An opinion of the
   * episode, not its story, so shown to everyone: the excerpt must be the rating line, nothing of the plot.
   */
  ratings: z
    .array(
      z.strictObject({
        /** The rating as printed: `4 stars`, `4/5`. */
        rating: z.string().min(1),
        /** The critic, when the article names one. */
        critic: z.string().min(1).optional(),
        /** The one article that gives it: its outlet is the rating's. */
        sources: citesSchema.length(1),
        /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
        excerpts: excerptsSchema,
      }),
    )
    .optional(),
  /** Songs sources place in the episode. */
  songs: z
    .array(
      z.strictObject({
        /** The song's title as released. */
        title: z.string().min(1),
        /** Who performs it here. */
        artist: z.string().min(1),
        /** The moment it plays, in our own words, when a source says. */
        moment: z.string().min(1).optional(),
        /**
         * An outlet's published list of the episode's songs is enough on its own; a blog (`kind: 'blog-post'`)
         * needs a second source beside it.
         */
        sources: citesSchema,
        /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
        excerpts: excerptsSchema,
      }),
    )
    .optional(),
  /** Where scenes of the episode were filmed, where sources say. */
  locations: z
    .array(
      z.strictObject({
        /** The place, e.g. `Musée de Montmartre, Paris`. */
        place: z.string().min(1),
        /** The scene filmed there, in our own words, when a source says. */
        scene: z.string().min(1).optional(),
        /** Sources naming the place for this episode. */
        sources: citesSchema,
        /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
        excerpts: excerptsSchema,
        /** Where sources differ or are vague. */
        note: z.string().min(1).optional(),
      }),
    )
    .optional(),
}).refine((e) => e.runtimeMinutes === undefined || e.runtimeAbout === undefined, {
  message: 'an episode with its own runtime needs no runtimeAbout',
  path: ['runtimeAbout'],
});

/**
 * `data/story.json`: the story, one record per story point. It is stored once, gated at the episode where it
 * happens, and names its characters: the episode page, each named character's page and the timeline's story
 * order are all to show it from this one record.
 */
export const storyPointSchema = z
  .strictObject({
    /**
     * Stable and neutral, `s2e5-p3`: its episode and a number given when it was added (never renumbered).
     * An id reaches URLs and the DOM even while its text is hidden, so it never echoes what it hides.
     */
    id: idSchema,
    /**
     * The episode where it happens, which reveals it. A whole season (`"s2"`) only where no source names the
     * episode, and then with a `note` saying so.
     */
    reveals: revealSchema,
    /** Its place in the episode's story, from 1. */
    order: z.number().int().min(1),
    /** A short headline in our own words. */
    title: z.string().min(1),
    /** One or two sentences in our own words. */
    text: z.string().min(1),
    /** Character ids of who is involved: at least one. */
    characters: z.array(idSchema).min(1, 'a story point names at least one character'),
    /** The articles that report it. */
    sources: citesSchema,
    /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
    excerpts: excerptsSchema,
    /** A caveat in our own words: how it is sourced, what a source leaves unclear. */
    note: z.string().min(1).optional(),
    /** Where the sources cited here disagree: what each says, in our own words. */
    disagreement: z.string().min(1).optional(),
  })
  .refine((p) => parseEpisodeCode(p.reveals)?.episode !== undefined || p.note !== undefined, {
    message: 'a story point gated at a whole season needs a note saying why no episode is named',
    path: ['note'],
  })
  .refine((p) => p.disagreement === undefined || p.sources.length >= 2, {
    message: 'a disagreement needs at least two sources to disagree',
    path: ['disagreement'],
  });

/** `data/events.json`: the timeline, mixing real-world news and story events. */
export const eventSchema = z.strictObject({
  /** Stable id, e.g. `season-2-release`. */
  id: idSchema,
  /** When it happened in the real world (a story event: when its episode came out). */
  date: partialDateSchema,
  /** `news` for the real world, `story` for what happens on screen. */
  kind: z.enum(['news', 'story']),
  /** For filtering. */
  category: z.enum(['comic', 'casting', 'production', 'release', 'announcement', 'marketing', 'story']),
  /** Short headline in our own words. */
  title: z.string().min(1),
  /** A sentence or two in our own words. */
  summary: z.string().min(1),
  /** The episode that reveals it. Every `story` event has one. */
  reveals: revealSchema.optional(),
  /** Character ids this event is about. */
  characters: z.array(idSchema),
  /** Sources that back it. */
  sources: citesSchema,
  /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
  excerpts: excerptsSchema,
  /** A caveat in our own words: a date only known to the month, say. */
  note: z.string().min(1).optional(),
  /** Where the sources cited here disagree about this event: what each says, in our own words. Shown with a "Sources disagree" label. */
  disagreement: z.string().min(1).optional(),
  /** Set when the event is about the books (`books`) or compares them with the series (`adaptation`). */
  medium: mediumSchema.optional(),
}).refine((e) => e.kind !== 'story' || e.reveals !== undefined, {
  message: 'a story event gives the story away: say which episode reveals it',
  path: ['reveals'],
}).refine((e) => e.disagreement === undefined || e.sources.length >= 2, {
  message: 'a disagreement needs at least two sources to disagree',
  path: ['disagreement'],
});

/** What every reception entry has: its id, what backs it, and caveats. Real-world news, so never gated. */
const receptionBase = {
  /** Stable, neutral id, e.g. `emmys-2022-young-teen-series`. */
  id: idSchema,
  /** The season it is about, when it is about one. */
  season: z.number().int().min(1).optional(),
  /** Sources that report it. */
  sources: citesSchema,
  /** What each cited article says that supports it, by source id (see `excerptsSchema`). */
  excerpts: excerptsSchema,
  /** A caveat in our own words. */
  note: z.string().min(1).optional(),
  /** Where the sources cited here disagree: what each says, in our own words. */
  disagreement: z.string().min(1).optional(),
};

/**
 * `data/reception.json`: how the show was received, for `/reception/`: critics' reviews, review-aggregator
 * scores as they moved, Netflix's audience figures, and awards. Nothing here may tell the story: it is shown
 * to everyone.
 */
export const receptionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...receptionBase,
      kind: z.literal('review'),
      /** When it was published. */
      date: partialDateSchema,
      /** The reviewer, when the article names one. */
      critic: z.string().min(1).optional(),
      /** The rating as printed ("5/5", "four stars"), when there is one. */
      rating: z.string().min(1).optional(),
      /** The review's view in one sentence of our own. */
      verdict: z.string().min(1),
    }),
    z.strictObject({
      ...receptionBase,
      kind: z.literal('score'),
      /** When the figure was reported. */
      date: partialDateSchema,
      /** The aggregator, e.g. `Rotten Tomatoes`. */
      site: z.string().min(1),
      /** Whose score: the critics' or the audience's. */
      measure: z.enum(['critics', 'audience']),
      /** The score, in percent. */
      percent: z.number().int().min(0).max(100),
      /** How many reviews it was counted from, when a source says. */
      reviews: z.number().int().positive().optional(),
    }),
    z.strictObject({
      ...receptionBase,
      kind: z.literal('viewing'),
      /** When the figure was reported. */
      date: partialDateSchema,
      /** The span it covers, as a reader would say it: `31 July – 6 August 2023`. */
      period: z.string().min(1),
      /** The figure in one sentence of our own. */
      text: z.string().min(1),
    }),
    z.strictObject({
      ...receptionBase,
      kind: z.literal('award'),
      /** The ceremony's year. */
      year: z.number().int().min(2000),
      /** The awards, e.g. `Children's & Family Emmy Awards`. */
      ceremony: z.string().min(1),
      /** The category, as the awards name it. */
      category: z.string().min(1),
      /** Who or what was nominated, as credited: `Heartstopper`, `Kit Connor`. */
      nominee: z.string().min(1),
      /** Person ids of the people nominated, if any, so their cast pages can link back. */
      people: z.array(idSchema).optional(),
      /** Whether it won. */
      result: z.enum(['won', 'nominated']),
    }),
  ])
  .refine((r) => r.disagreement === undefined || r.sources.length >= 2, {
    message: 'a disagreement needs at least two sources to disagree',
    path: ['disagreement'],
  });

/** `data/quotes.json`: things the cast and crew said, copied verbatim. */
export const quoteSchema = z.strictObject({
  /** Stable id. */
  id: idSchema,
  /** The words exactly as printed in the source; `[...]` or `...` may mark a cut. */
  text: z.string().min(1),
  /** Person id of who said it. */
  speaker: idSchema,
  /** Where it was said: the outlet or interview, e.g. `Digital Spy interview`. */
  said: z.string().min(1),
  /** When it was said, to the precision known. */
  date: partialDateSchema,
  /** Id of the source we copied it from. */
  source: idSchema,
  /** Character ids it is about. */
  about: z.array(idSchema),
  /** When the quote gives the story away, the episode that reveals it. */
  reveals: revealSchema.optional(),
});

export const collectionSchemas = {
  sources: z.array(sourceSchema),
  people: z.array(personSchema),
  characters: z.array(characterSchema),
  relationships: z.array(relationshipSchema),
  episodes: z.array(episodeSchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  story: z.array(storyPointSchema),
  reception: z.array(receptionSchema),
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export type Source = z.infer<typeof sourceSchema>;
/** A source as a fact cites it: written out, with the passage of it that supports that fact, when there is one. */
export type CitedSource = Source & { excerpt?: string | undefined };
export type Person = z.infer<typeof personSchema>;
export type Character = z.infer<typeof characterSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type RelationshipStage = z.infer<typeof relationshipStageSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type StoryPoint = z.infer<typeof storyPointSchema>;
export type ReceptionItem = z.infer<typeof receptionSchema>;
export type Fact = z.infer<typeof factSchema>;
export type ContentNote = z.infer<typeof contentNoteSchema>;
export type Medium = z.infer<typeof mediumSchema>;

export type Dataset = { [K in CollectionName]: z.infer<(typeof collectionSchemas)[K]> };
