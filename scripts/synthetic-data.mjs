// Writes a synthetic dataset N times larger than data/, for `npm run bench`: a wiki grows, and the build has
// to keep each page's JavaScript and data small when it does. It starts from the real files, so every real id
// (`nick-nelson`) still resolves, and adds generated entries until each collection is about N times its real
// size. Episodes are not scaled: the show has 16, whatever the size of the wiki.
//
// The output is deterministic (a seeded PRNG, no clock), so two runs at the same scale write the same bytes
// and benchmark figures are comparable between commits. Text is pseudo-prose drawn from a word list with an
// English-like (Zipf) word frequency and realistic lengths, so sizes and gzip ratios resemble real content.
//
// Usage: node scripts/synthetic-data.mjs --scale 100 --out .bench/data-100x [--data data] [--seed 1]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataFileName, dataFileText, entriesOf } from '../src/lib/data-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const COLLECTIONS = ['sources', 'people', 'characters', 'relationships', 'episodes', 'events', 'quotes', 'story', 'reception'];
// Copied as they are, not scaled: the episodes (the show has 16), their story (data/story.json), which names
// only the real characters, and the show's reception (one show's reviews and awards). Scaling the story with the cast is left to the 100× work (issue 31).

/** mulberry32: tiny, fast and good enough to make varied text; Math.random can't be seeded. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

// Common words first: the sampler below weights a word by 1 / rank, roughly how often words occur in English.
// "story" and "quote" are left out on purpose: gated ids are built from them (`s2e5-story-3`), and a data rule
// forbids a gated id sharing a word of four letters or more with its own text.
const WORDS = `the of and to a in is that for it as was with on his her he she they at by this from be have
are not but had what all were when we there can an which their said if do will each about how up out them
then so some would other into more time two like him see way could people than first been who now its
find long down day did get come made may part over new after also back only year years school friends
friend night week home still just while before through where much even most season episode show series
first second again never always together since around across between under along without against during
Nick Charlie Tao Elle Isaac Darcy Tara Imogen Ben Harry Tori Sahar James Naomi Felix Nellie Sarah
scene scenes camera writer cast crew set filming production netflix release trailer teaser poster premiere
finale critics viewers fans audience comic webcomic novel volume chapter page panel drawing artist author
family mother father brother sister parents aunt uncle cousin teacher coach headteacher classmate boyfriend
girlfriend partner couple date dance party prom trip paris louvre museum hotel train bus beach seaside garden
kitchen bedroom classroom corridor library field pitch match rugby team practice game training goal
message letter phone call text photo picture drawing song music band concert piano guitar stage play
happy sad nervous quiet loud warm kind gentle brave honest shy awkward careful patient open private lonely
close distant anxious hopeful tired bright young older new familiar different difficult simple important
feel feels felt think thinks thought know knows knew want wants wanted tell tells told ask asks asked
talk talks talked meet meets met learn learns learned realise realises realised decide decides decided
leave leaves left return returns returned share shares shared hide hides hid notice notices noticed
worry worries worried support supports supported admit admits admitted accept accepts accepted
invite invites invited spend spends spent plan plans planned write writes wrote read reads draw draws
begin begins began end ends ended change changes changed grow grows grew keep keeps kept hold holds held
hand hands face eyes voice words word name names question answer truth secret feelings heart mind
moment moments afternoon morning evening weekend holiday summer autumn winter spring term exam exams
bisexual gay lesbian trans queer identity pride flag group club society committee council assembly
walk walks walked run runs ran sit sits sat stand stands stood wait waits waited laugh laughs laughed
cry cries cried smile smiles smiled hug hugs hugged kiss kisses kissed sing sings sang play plays played
really quite very almost nearly perhaps maybe later earlier soon already often sometimes suddenly finally
first last next every another both either neither several few many little enough whole own same such
interview interviews statement announcement casting audition rehearsal costume makeup location locations
london kent england britain british french english grammar boys girls truham higgs lambert academy
character characters role roles actor actors actress director producer creator designer editor composer
episode episodes chapter chapters arc storyline thread plot subplot theme themes moment tone pace
review reviews rating ratings praise award awards nomination nominations festival ceremony red carpet
mental health care therapy therapist doctor appointment hospital eating disorder bullying homophobia
journey growth change confidence courage kindness friendship romance love first crush relationship
letters notes diary sketchbook notebook painting painted gallery exhibition canvas colour colours
because though although unless until whether while whereas however therefore instead besides meanwhile
yes no okay sure right wrong true false good bad better best worse worst great small large big little
one three four five six seven eight nine ten hundred thousand dozens plenty lots`
  .split(/\s+/)
  .filter((word, i, all) => word && all.indexOf(word) === i);

// Cumulative Zipf–Mandelbrot weights, 1 / (rank + 2.7), for sampling by binary search: the offset keeps "the"
// near its real share of English text (about 6%) instead of one word in seven.
const WORD_WEIGHTS = (() => {
  let sum = 0;
  return WORDS.map((_, rank) => (sum += 1 / (rank + 2.7)));
})();

function sampleWord(rng) {
  const target = rng.next() * WORD_WEIGHTS[WORD_WEIGHTS.length - 1];
  let lo = 0;
  let hi = WORD_WEIGHTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (WORD_WEIGHTS[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo];
}

/**
 * Sentences of 6 to 22 words, ending as soon as the text reaches a length drawn between `min` and `max`
 * characters. `names` are woven in now and then, as real prose names the characters it is about.
 */
function prose(rng, min, max, names = []) {
  const target = rng.int(min, max);
  const sentences = [];
  let length = 0;
  while (length < target) {
    const words = [];
    const wanted = rng.int(6, 22);
    while (words.length < wanted && length < target) {
      let word = names.length > 0 && rng.chance(0.06) ? rng.pick(names) : sampleWord(rng);
      // "the the" reads as a glitch; a second draw is as random and reads as prose.
      if (word === words.at(-1)?.toLowerCase()) word = sampleWord(rng);
      if (words.length === 0) word = word[0].toUpperCase() + word.slice(1);
      else if (words.length > 2 && rng.chance(0.07)) words[words.length - 1] += ',';
      words.push(word);
      length += word.length + 1;
    }
    sentences.push(`${words.join(' ').replace(/,$/, '')}.`);
  }
  return sentences.join(' ');
}

/** A short title: words without punctuation until it is `min` to `max` characters long. */
function title(rng, min, max, names = []) {
  return prose(rng, min, max, names).replace(/[.,]/g, '');
}

const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Hands out ids that are not yet taken, by adding `-2`, `-3`… to a wanted one. */
function idRegistry(existing) {
  const taken = new Set(existing);
  return (wanted) => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
}

/**
 * Neutral ids for gated items: `<reveals>-<noun>-<n>`, numbered on from the real data's highest, so a generated
 * id never collides with a real one and never echoes what it hides.
 */
function neutralIds(existing, noun) {
  const next = new Map();
  for (const id of existing) {
    const match = new RegExp(`^(s\\d+(?:e\\d+)?)-${noun}-(\\d+)$`).exec(id);
    if (match) next.set(match[1], Math.max(next.get(match[1]) ?? 1, Number(match[2]) + 1));
  }
  return (reveals) => {
    const n = next.get(reveals) ?? 1;
    next.set(reveals, n + 1);
    return `${reveals}-${noun}-${n}`;
  };
}

/**
 * How one collection's spoilers are spread in the real data: the share of gated items, the share of those
 * in Season 1, and the share tagged with a whole season ("s1") rather than an episode ("s1e8"). The real
 * data is small and lumpy (every gated quote names only a season), so shares are kept between 0.2 and 0.8:
 * every collection then gets spoilers from both seasons and from all 16 episodes.
 */
function revealProfile(codes) {
  const clamp = (x) => Math.min(0.8, Math.max(0.2, x));
  const gated = codes.filter(Boolean);
  const share = (f) => (gated.length === 0 ? 0.5 : gated.filter(f).length / gated.length);
  return {
    gated: codes.length === 0 ? 0.5 : gated.length / codes.length,
    season1: clamp(share((c) => c.startsWith('s1'))),
    seasonOnly: clamp(share((c) => !c.includes('e'))),
  };
}

/**
 * Episodes are dealt in turn rather than drawn, so even a collection with few episode-tagged spoilers in one
 * season covers all of its episodes.
 */
function revealPicker(rng, profile, seasonLengths) {
  const dealt = new Map();
  return () => {
    const season = rng.chance(profile.season1) ? 1 : 2;
    if (rng.chance(profile.seasonOnly)) return `s${season}`;
    const n = dealt.get(season) ?? 0;
    dealt.set(season, n + 1);
    return `s${season}e${(n % (seasonLengths.get(season) ?? 1)) + 1}`;
  };
}

const FIRST_NAMES = `Aaron Abigail Adam Aisha Alex Alfie Amara Amir Anna Archie Arlo Ava Beatrice Bella Callum Cara Chloe
Dara Daniel Deji Eden Eli Ellis Emil Esme Ezra Fatima Finn Florence Freya Gabriel George Grace Hana Hannah Harvey
Hugo Ibrahim Idris Imani Iris Isla Jamal Jasmine Jay Jude Kai Kezia Kofi Lara Leah Leo Lila Logan Lola Luca Maddie
Malik Maya Mei Milo Mina Nadia Nate Nia Noah Nora Ola Olly Omar Orla Otis Priya Quinn Rafi Remi Riya Rory Rosa Ruby
Sami Sana Seb Sienna Sol Tariq Tess Theo Tomas Una Veda Wren Yara Yusuf Zac Zara Zoe`.split(/\s+/);
const SURNAMES = `Abbott Adeyemi Ahmed Ali Archer Bailey Banerjee Barker Bennett Bishop Brooks Carter Chen Clarke Cole
Cooper Croft Dawson Desai Doyle Ellis Evans Fischer Fletcher Foster Fraser Garcia Gill Grant Gray Hall Hayes
Hughes Hussain Iqbal Jensen Kapoor Kaur Kelly Khan Kim Lam Lewis Lowe Malik Marsh Mensah Miller Moore Murphy Nair
Novak Nowak Obi Okafor Owen Palmer Parry Patel Pearce Quinn Rahman Reid Reyes Rossi Ryan Shah Silva Singh Stone
Sullivan Tanaka Turner Usman Vance Walsh Ward Watts Webb Wells Wong Wright Yates Young Zhang`.split(/\s+/);
const TITLES = ['Mr', 'Ms', 'Mrs', 'Coach', 'Dr'];

/** Unique credited names, first-name-only or titled now and then, as in the real cast. */
function nameMaker(rng, taken) {
  const used = new Set(taken);
  return () => {
    for (;;) {
      const roll = rng.next();
      const name =
        roll < 0.05 ? rng.pick(FIRST_NAMES)
        : roll < 0.1 ? `${rng.pick(TITLES)} ${rng.pick(SURNAMES)}`
        : `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
      // Past a few thousand names the pools run out: a middle initial keeps names unique and readable.
      const unique = used.has(name) ? `${name.split(' ')[0]} ${String.fromCharCode(65 + rng.int(0, 25))}. ${name.split(' ').slice(1).join(' ')}`.trim() : name;
      if (!used.has(unique)) {
        used.add(unique);
        return unique;
      }
    }
  };
}

const PUBLICATIONS = ['Attitude', 'Collider', 'ET Online', 'GCN', 'Geo TV', 'Gold Derby', 'Hidden Remote', 'J-14', 'Metro',
  'NME', 'Netflix Life', 'PinkNews', 'TV Recaps & Reviews', 'Tag24', 'TechRadar', 'The Review Geek', 'Vulture',
  'We Got This Covered', 'What to Watch', 'What’s on Netflix', 'heat', 'The Guardian', 'Radio Times', 'Digital Spy',
  'Empire', 'Variety', 'Teen Vogue', 'BBC News', 'Gay Times', 'Screen Rant', 'The Independent', 'Polygon'];
const SAID = ['Digital Spy interview', 'Netflix’s Tudum', 'Entertainment Weekly', 'Radio Times interview',
  'red-carpet interview', 'podcast appearance', 'panel at a fan convention', 'statement on social media',
  'interview quoted by J-14 (outlet not named)', 'Variety interview', 'press junket'];
const ROLES_BY_TYPE = {
  partner: ['boyfriend', 'girlfriend', 'partner'],
  family: ['mother', 'father', 'son', 'daughter', 'brother', 'sister', 'aunt', 'cousin', 'grandmother'],
  friend: ['friend', 'best friend', 'old friend', 'teammate'],
  crush: ['admirer', 'crush'],
  rival: ['rival'],
  teacher: ['teacher', 'pupil', 'mentor'],
  colleague: ['colleague', 'fellow teacher'],
  classmate: ['classmate', 'form mate', 'lab partner'],
  pet: ['owner', 'dog'],
  ex: ['ex-boyfriend', 'ex-girlfriend', 'former partner'],
};
const CREW_ROLES = [['director'], ['writer'], ['producer'], ['executive-producer'], ['writer', 'director']];
const CONTENT_NOTES = ['mental-health', 'homophobia', 'eating-disorder', 'self-harm', 'bullying'];

/** A random real date between two years, written to day, month or year precision as the sources are. */
function randomDate(rng, fromYear, toYear, precision = rng.next()) {
  const year = rng.int(fromYear, toYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const pad = (n) => String(n).padStart(2, '0');
  if (precision < 0.15) return String(year);
  if (precision < 0.4) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The share of `items` for which `test` holds (0 for none). */
const shareOf = (items, test) => (items.length === 0 ? 0 : items.filter(test).length / items.length);

/** A length range around the real texts' mean length, or `fallback` when there are none. */
function spanOf(texts, fallback) {
  if (texts.length === 0) return fallback;
  const mean = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  return [Math.max(8, Math.round(mean * 0.5)), Math.round(mean * 1.5)];
}

/**
 * The real collections plus generated entries, about `scale` times as many of each except episodes.
 * `real` is the parsed collections of data/.
 */
export function generateDataset(real, { scale = 100, seed = 1 } = {}) {
  if (!(scale >= 1)) throw new Error(`--scale must be 1 or more, not ${scale}.`);
  const rng = createRandom(seed);
  const target = (name) => Math.round(real[name].length * scale);
  const out = Object.fromEntries(COLLECTIONS.map((name) => [name, structuredClone(real[name])]));

  const seasonLengths = new Map();
  for (const e of real.episodes) seasonLengths.set(e.season, Math.max(seasonLengths.get(e.season) ?? 0, e.number));
  const lastEpisodeOf = (code) => {
    const [, season, episode] = /^s(\d+)(?:e(\d+))?$/.exec(code);
    const number = episode ? Number(episode) : seasonLengths.get(Number(season));
    return real.episodes.find((e) => e.season === Number(season) && e.number === number);
  };

  // Real distributions to sample from, so generated entries look like the real ones.
  const detailCounts = real.characters.map((c) => c.details.length);
  const eventCharacterCounts = { news: [], story: [] };
  for (const e of real.events) eventCharacterCounts[e.kind].push(e.characters.length);
  const quoteAboutCounts = real.quotes.map((q) => q.about.length);
  const newsCategories = real.events.filter((e) => e.kind === 'news').map((e) => e.category);
  const stages = real.relationships.flatMap((r) => r.stages);
  const relationshipTypes = stages.map((s) => s.type);
  const stageCounts = real.relationships.map((r) => r.stages.length);
  const storyShare = real.events.filter((e) => e.kind === 'story').length / real.events.length;
  // How often each optional field is set, and how long notes run, as measured on the real data: when editors
  // start filling a field in, the synthetic data follows.
  const details = real.characters.flatMap((c) => c.details);
  const news = real.events.filter((e) => e.kind === 'news');
  const share = {
    publication: shareOf(real.sources, (s) => s.publication),
    headline: shareOf(real.sources.filter((s) => s.publication), (s) => s.headline),
    author: shareOf(real.sources, (s) => s.author),
    url: shareOf(real.sources, (s) => s.url),
    sourceNote: shareOf(real.sources, (s) => s.note),
    datingNote: shareOf(real.sources, (s) => s.datingNote),
    // Facts sheets are the wiki's own, one of a kind: generated sources are articles, recaps or blog posts.
    sourceKind: shareOf(real.sources, (s) => s.kind),
    bio: shareOf(real.people, (p) => p.bio),
    aliases: shareOf(real.characters, (c) => c.aliases),
    firstSeason1: shareOf(real.characters, (c) => c.firstSeason === 1),
    contentNotes: shareOf(real.characters, (c) => c.contentNotes),
    detailNote: shareOf(details, (d) => d.note),
    detailMedium: shareOf(details, (d) => d.medium),
    relationshipNote: shareOf(stages, (s) => s.note),
    // Pairs hidden whole: at least some, so the benchmark exercises them even while the real data has none.
    relationshipGated: Math.max(0.1, shareOf(real.relationships, (r) => r.stages[0].reveals)),
    eventNote: shareOf(real.events, (e) => e.note),
    newsMedium: shareOf(news, (e) => e.medium),
  };
  const span = {
    sourceNote: spanOf(real.sources.flatMap((s) => s.note ?? []), [80, 320]),
    datingNote: spanOf(real.sources.flatMap((s) => s.datingNote ?? []), [80, 240]),
    bio: spanOf(real.people.flatMap((p) => p.bio?.text ?? []), [80, 220]),
    note: spanOf([...details, ...real.events, ...stages].flatMap((x) => x.note ?? []), [60, 240]),
  };
  const sourceKinds = real.sources.flatMap((s) => (s.kind ? [s.kind] : []));
  const media = [...details, ...news].flatMap((x) => x.medium ?? []);

  const profiles = {
    details: revealProfile(real.characters.flatMap((c) => c.details.map((d) => d.reveals))),
    events: revealProfile(real.events.filter((e) => e.kind === 'story').map((e) => e.reveals)),
    relationships: revealProfile(stages.map((s) => s.reveals)),
    quotes: revealProfile(real.quotes.map((q) => q.reveals)),
  };
  const reveal = Object.fromEntries(
    Object.entries(profiles).map(([name, profile]) => [name, revealPicker(rng, profile, seasonLengths)]),
  );

  // Sources first: everything else cites them.
  const sourceId = idRegistry(out.sources.map((s) => s.id));
  for (let i = out.sources.length; i < target('sources'); i++) {
    const date = randomDate(rng, 2016, 2026);
    const publication = rng.chance(share.publication) ? rng.pick(PUBLICATIONS) : undefined;
    const source = { id: sourceId(`${publication ? slug(publication) : 'source'}-${date}`) };
    if (publication) source.publication = publication;
    if (!publication || rng.chance(share.headline)) source.headline = title(rng, 30, 90);
    if (rng.chance(share.author)) source.author = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
    source.date = date;
    if (rng.chance(share.url)) source.url = `https://example.org/${slug(publication ?? 'news')}/${date}/${rng.int(1000, 99999)}`;
    if (rng.chance(share.sourceNote)) source.note = prose(rng, ...span.sourceNote);
    if (rng.chance(share.datingNote)) source.datingNote = prose(rng, ...span.datingNote);
    if (sourceKinds.length > 0 && rng.chance(share.sourceKind)) source.kind = rng.pick(sourceKinds);
    out.sources.push(source);
  }
  const sourceIds = out.sources.map((s) => s.id);
  const cites = (min, max) => {
    const picked = new Set();
    const count = rng.int(min, max);
    while (picked.size < count) picked.add(rng.pick(sourceIds));
    return [...picked];
  };

  // Characters, each with a new actor.
  const newName = nameMaker(rng, [...real.characters.map((c) => c.name), ...real.people.map((p) => p.name)]);
  const characterId = idRegistry(out.characters.map((c) => c.id));
  const personId = idRegistry(out.people.map((p) => p.id));
  const addPerson = (roles) => {
    const name = newName();
    const person = { id: personId(slug(name)), name, roles };
    if (rng.chance(share.bio)) person.bio = { text: prose(rng, ...span.bio), sources: cites(1, 3) };
    person.sources = cites(1, 5);
    out.people.push(person);
    return person;
  };
  for (let i = out.characters.length; i < target('characters'); i++) {
    const name = newName();
    const first = name.split(' ')[0];
    const actor = addPerson(['actor']);
    const character = { id: characterId(slug(name)), name };
    if (rng.chance(share.aliases)) character.aliases = [`${first} ${rng.pick(SURNAMES)}`];
    character.actors = [actor.id];
    character.firstSeason = rng.chance(share.firstSeason1) ? 1 : 2;
    // Groups in the real data's proportions.
    character.group = rng.pick(real.characters.map((c) => c.group));
    character.tagline = prose(rng, 35, 110, [first]).slice(0, 200);
    character.summary = { text: prose(rng, 70, 180, [name, actor.name]), sources: cites(1, 3) };
    character.details = Array.from({ length: rng.pick(detailCounts) }, () => {
      const detail = { text: prose(rng, 45, 185, [first]), sources: cites(1, 4) };
      if (rng.chance(profiles.details.gated)) detail.reveals = reveal.details();
      if (rng.chance(share.detailNote)) detail.note = prose(rng, ...span.note);
      if (media.length > 0 && rng.chance(share.detailMedium)) detail.medium = rng.pick(media);
      return detail;
    });
    if (rng.chance(share.contentNotes)) character.contentNotes = [rng.pick(CONTENT_NOTES)];
    out.characters.push(character);
  }
  // Crew make up the rest of the people.
  for (let i = out.people.length; i < target('people'); i++) addPerson(rng.pick(CREW_ROLES));

  // A real wiki's main cast gains more links than a one-scene extra: one pick in ten is a real character.
  const realCharacterIds = real.characters.map((c) => c.id);
  const allCharacterIds = out.characters.map((c) => c.id);
  const firstNameOf = new Map(out.characters.map((c) => [c.id, c.name.split(' ')[0]]));
  const someCharacters = (count) => {
    const picked = new Set();
    while (picked.size < Math.min(count, allCharacterIds.length)) {
      picked.add(rng.pick(rng.chance(0.1) ? realCharacterIds : allCharacterIds));
    }
    return [...picked];
  };

  // Relationships: one per pair, going through one or more stages in watch order.
  const relationshipId = idRegistry(out.relationships.map((r) => r.id));
  const gatedRelationshipId = neutralIds(out.relationships.map((r) => r.id), 'rel');
  const pairs = new Set(out.relationships.map((r) => [r.from, r.to].sort().join(' ')));
  const position = (code) => {
    const [, season, episode] = /^s(\d+)(?:e(\d+))?$/.exec(code);
    return Number(season) * 1000 + (episode ? Number(episode) : seasonLengths.get(Number(season)));
  };
  for (let i = out.relationships.length; i < target('relationships'); i++) {
    let from, to;
    do [from, to] = someCharacters(2);
    while (pairs.has([from, to].sort().join(' ')));
    pairs.add([from, to].sort().join(' '));
    const count = rng.pick(stageCounts);
    const gatedFirst = rng.chance(share.relationshipGated);
    const reveals = Array.from({ length: gatedFirst ? count : count - 1 }, () => reveal.relationships()).sort(
      (a, b) => position(a) - position(b),
    );
    if (!gatedFirst) reveals.unshift(undefined);
    const relationship = { id: gatedFirst ? gatedRelationshipId(reveals[0]) : relationshipId(`${from}--${to}`), from, to };
    relationship.stages = reveals.map((stageReveals) => {
      const type = rng.pick(relationshipTypes);
      const stage = { type };
      if (rng.chance(0.9)) stage.fromRole = rng.pick(ROLES_BY_TYPE[type]);
      if (rng.chance(0.9)) stage.toRole = rng.pick(ROLES_BY_TYPE[type]);
      if (stageReveals) stage.reveals = stageReveals;
      stage.sources = cites(1, 2);
      if (rng.chance(share.relationshipNote)) stage.note = prose(rng, ...span.note);
      return stage;
    });
    out.relationships.push(relationship);
  }

  // Events: news from 2016 on, and story events dated to the release of the episode that reveals them.
  const eventId = idRegistry(out.events.map((e) => e.id));
  const storyId = neutralIds(out.events.map((e) => e.id), 'story');
  for (let i = out.events.length; i < target('events'); i++) {
    const kind = rng.chance(storyShare) ? 'story' : 'news';
    const characters = someCharacters(rng.pick(eventCharacterCounts[kind].length ? eventCharacterCounts[kind] : [0]));
    const names = characters.map((id) => firstNameOf.get(id));
    const heading = title(rng, 18, 48, names);
    const reveals = kind === 'story' ? reveal.events() : undefined;
    const event = {
      id: reveals ? storyId(reveals) : eventId(slug(heading).split('-').filter((w) => w.length > 3).slice(0, 4).join('-') || 'news'),
      date: reveals ? lastEpisodeOf(reveals).released : randomDate(rng, 2016, 2026),
      kind,
      category: kind === 'story' ? 'story' : rng.pick(newsCategories),
      title: heading,
      summary: prose(rng, 50, 170, names),
    };
    if (reveals) event.reveals = reveals;
    event.characters = characters;
    event.sources = cites(1, 3);
    if (rng.chance(share.eventNote)) event.note = prose(rng, ...span.note);
    // What the books tell is news, never a story event (a validation rule).
    if (kind === 'news' && media.length > 0 && rng.chance(share.newsMedium)) event.medium = rng.pick(media);
    out.events.push(event);
  }

  // Quotes, dated like the source they were copied from.
  const speakers = out.people.map((p) => p.id);
  const sourceDate = new Map(out.sources.map((s) => [s.id, s.date]));
  const quoteId = idRegistry(out.quotes.map((q) => q.id));
  const gatedQuoteId = neutralIds(out.quotes.map((q) => q.id), 'quote');
  for (let i = out.quotes.length; i < target('quotes'); i++) {
    const about = someCharacters(rng.pick(quoteAboutCounts));
    const text = prose(rng, 60, 360, about.map((id) => firstNameOf.get(id)));
    const speaker = rng.pick(speakers);
    const source = rng.pick(sourceIds);
    const reveals = rng.chance(profiles.quotes.gated) ? reveal.quotes() : undefined;
    const words = slug(text).split('-').filter((w) => w.length > 3).slice(0, 3).join('-');
    const quote = {
      id: reveals ? gatedQuoteId(reveals) : quoteId(words ? `${speaker}-${words}` : speaker),
      text,
      speaker,
      said: rng.pick(SAID),
      date: sourceDate.get(source),
      source,
      about,
    };
    if (reveals) quote.reveals = reveals;
    out.quotes.push(quote);
  }

  return out;
}

export async function readDataset(dir) {
  const entries = await Promise.all(
    COLLECTIONS.map(async (name) => [name, entriesOf(name, JSON.parse(await readFile(join(dir, dataFileName(name)), 'utf8')))]),
  );
  return Object.fromEntries(entries);
}

/** Reads `data`, writes the scaled dataset into `out`, and returns each collection's count. */
export async function writeSyntheticData({ data = join(root, 'data'), out, scale = 100, seed = 1 }) {
  const dataset = generateDataset(await readDataset(data), { scale, seed });
  await mkdir(out, { recursive: true });
  await Promise.all(
    COLLECTIONS.map((name) => writeFile(join(out, dataFileName(name)), dataFileText(name, dataset[name]))),
  );
  return Object.fromEntries(COLLECTIONS.map((name) => [name, dataset[name].length]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '100' },
      out: { type: 'string' },
      data: { type: 'string', default: join(root, 'data') },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) {
    console.error('Usage: node scripts/synthetic-data.mjs --scale 100 --out DIR [--data data] [--seed 1]');
    process.exit(2);
  }
  const started = performance.now();
  const counts = await writeSyntheticData({
    data: resolve(values.data),
    out: resolve(values.out),
    scale: Number(values.scale),
    seed: Number(values.seed),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote a ${values.scale}× dataset to ${values.out} in ${seconds} s: ` +
      Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', '),
  );
}
