/**
 * Build time: every searchable thing, and the public ones indexed. `src/app/site-documents.server.ts` decides
 * the data files with them; the browser gets the index, and the engine that reads it is in search-index.ts.
 */
import MiniSearch from 'minisearch';
import { groupedBy } from '@/lib/dataset-lookups.server.ts';
import { episodeFacts } from '@/lib/episode-facts.ts';
import type { GatedDocument } from '@/lib/gated.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import { capitalised, listOf, ROLE_WORDS } from '@/lib/words.ts';
import { INDEX_OPTIONS, type SearchAlias, type SearchCorpus, type SearchDocument, type SearchDocuments } from './search-index.ts';

/** Build time, after the gated documents were split off: indexes the public ones. */
export function indexSearchDocuments({ documents, ...gated }: SearchDocuments & GatedDocument): SearchCorpus {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  return { index: index.toJSON(), documents: [], ...gated };
}

/** Build time: every searchable thing, each with the episode that reveals it. */
export function buildSearchDocuments(data: Dataset): SearchDocuments {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const characters = new Map(data.characters.map((c) => [c.id, c]));
  const documents: SearchDocument[] = [];

  for (const c of data.characters) {
    const aliases: SearchAlias[] = [
      ...(c.aliases ?? []).map((a): SearchAlias => [a, `Also known as ${a}`]),
      ...c.actors.flatMap((id): SearchAlias[] => {
        const actor = people.get(id);
        return actor ? [[actor.name, `${actor.name} plays ${c.name}`]] : [];
      }),
    ];
    const base = { kind: 'character', target: c.id, title: c.name, name: c.name, aliases } as const;
    documents.push({ ...base, id: `character:${c.id}`, text: `${c.tagline} ${c.summary.text}` });
    c.details.forEach((d, i) => {
      documents.push({ ...base, id: `character:${c.id}:${i}`, text: d.text, reveals: d.reveals });
    });
  }

  // Relationships are found on the characters' own documents, one per side and stage, each at its stage's
  // episode: "charlie sister" finds Tori Spring, with the sentence that says so.
  for (const r of data.relationships) {
    const from = characters.get(r.from);
    const to = characters.get(r.to);
    if (!from || !to) continue;
    r.stages.forEach((stage, i) => {
      for (const [self, other, role] of [
        [from, to, stage.fromRole ?? stage.type],
        [to, from, stage.toRole ?? stage.type],
      ] as const) {
        documents.push({
          id: `character:${self.id}:${r.id}:${i}`,
          kind: 'character',
          target: self.id,
          title: self.name,
          name: self.name,
          aliases: [],
          text: `${self.name} is ${other.name}’s ${role}.`,
          reveals: stage.reveals,
        });
      }
    });
  }

  for (const p of data.people) {
    const played = data.characters.filter((c) => c.actors.includes(p.id));
    const crewRoles = p.roles.filter((r) => r !== 'actor').map((r) => ROLE_WORDS[r]);
    const why =
      played.length > 0
        ? `${p.name} plays ${listOf(played.map((c) => c.name))}`
        : `${capitalised(listOf(crewRoles))} on the series`;
    const aliases: SearchAlias[] = [
      ...played.map((c): SearchAlias => [c.name, `${p.name} plays ${c.name}`]),
      ...crewRoles.map((r): SearchAlias => [r, why]),
    ];
    // A person leads to their own cast page, actors and crew alike.
    const base = { kind: 'person', target: p.id, title: p.name, name: p.name, aliases, why } as const;
    if (p.bio?.reveals) {
      // The person is public; only the bio waits for its episode.
      documents.push({ ...base, id: `person:${p.id}`, text: '' });
      documents.push({ ...base, id: `person:${p.id}:bio`, text: p.bio.text, reveals: p.bio.reveals });
    } else {
      documents.push({ ...base, id: `person:${p.id}`, text: p.bio?.text ?? '' });
    }
  }

  // An episode is found by its title and number at every level, and by its logline and story at the levels
  // that may see them (src/lib/episode-facts.ts), each leading to the episode's page.
  const storyOf = groupedBy(data.story, (p) => [p.reveals]);
  for (const e of data.episodes) {
    const base = {
      kind: 'episode',
      target: e.id,
      title: `Season ${e.season}, episode ${e.number}: ${e.title}`,
      name: e.title,
      aliases: [[`Season ${e.season} episode ${e.number} ${e.id}`, `Season ${e.season}, episode ${e.number}`]],
      date: e.released,
    } satisfies Partial<SearchDocument>;
    documents.push({ ...base, id: `episode:${e.id}`, text: '' });
    const { logline } = episodeFacts(e, data.episodes);
    if (logline) documents.push({ ...base, id: `episode:${e.id}:logline`, text: logline.text, reveals: logline.reveals });
    for (const p of storyOf(e.id)) documents.push({ ...base, id: `episode:${e.id}:${p.id}`, text: `${p.title}. ${p.text}`, reveals: p.reveals });
  }

  for (const e of data.events) {
    documents.push({ id: `event:${e.id}`, kind: 'event', target: e.id, title: e.title, name: e.title, text: e.summary, aliases: [], date: e.date, reveals: e.reveals });
  }

  for (const q of data.quotes) {
    const speaker = people.get(q.speaker)?.name ?? q.speaker;
    // A quote is shown on the pages of the characters it is about.
    const about = q.about.find((id) => characters.has(id)) ?? null;
    documents.push({
      id: `quote:${q.id}`,
      kind: 'quote',
      target: about,
      title: `${speaker}, ${q.said}`,
      // Quotes are found by their words and their speaker, never by a name alone outranking a character.
      name: '',
      text: q.text,
      // The title says both: a match on either needs no explaining.
      aliases: [[speaker, ''], [q.said, '']],
      date: q.date,
      reveals: q.reveals,
    });
  }
  return { documents };
}
