import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { NO_SPOILERS, type SpoilerSettings } from '@/lib/spoilers.ts';
import { gateInMemory } from '@/test/gate-in-memory.ts';
import { buildEpisodeDocument } from './episode-document.server.ts';
import { episodeDescription, viewEpisode, type EpisodeDocument } from './episode-view.ts';

const data = readDataset();
const episode = (id: string) => buildEpisodeDocument(data, id)!;
const watched = (level: string): SpoilerSettings => ({ showAll: false, watched: level });
const view = (document: EpisodeDocument, settings: SpoilerSettings) => viewEpisode(gateInMemory(document, settings, data.episodes).document);
const paris = episode('s2e5');
const story = data.story.filter((p) => p.reveals === 's2e5');

describe('an episode document', () => {
  it('is null for an unknown episode', () => {
    expect(buildEpisodeDocument(data, 's9e1')).toBeNull();
  });

  it('has its story from data/story.json in the episode’s order, each point naming its characters', () => {
    expect(paris.story.map((p) => p.id)).toEqual(story.toSorted((a, b) => a.order - b.order).map((p) => p.id));
    const nick = data.characters.find((c) => c.id === 'nick-nelson')!;
    const withNick = paris.story.filter((p) => p.characters.some((c) => c.id === nick.id));
    expect(withNick.length).toBeGreaterThan(0);
    for (const p of withNick) expect(p.characters).toContainEqual({ id: nick.id, name: nick.name });
  });

  it('keeps the story, the logline, the songs and the places out of its public part', () => {
    const { public: publicPart } = gateInMemory(paris, NO_SPOILERS, data.episodes);
    const json = JSON.stringify(publicPart);
    for (const p of story) expect(json).not.toContain(p.text);
    expect(json).not.toContain(data.episodes.find((e) => e.id === 's2e5')!.logline!.text);
    expect(publicPart.story).toEqual([]);
    expect(publicPart.logline).toEqual([]);
    expect(publicPart.locations).toEqual([]);
    // What every viewer may know: which episode, when, how long, and who made it.
    expect(publicPart.episode).toMatchObject({ season: 2, number: 5, title: 'Heat', runtimeMinutes: 35 });
    expect(publicPart.credits?.writer.name).toBe('Alice Oseman');
  });

  it('shows the logline from the episode before, as "next up", and the story from the episode itself', () => {
    const levels = ['none', 's2e3', 's2e4', 's2e5', 's2e8'].map((l) => view(paris, watched(l)));
    expect(levels.map((v) => v.logline.length)).toEqual([0, 0, 1, 1, 1]);
    expect(levels.map((v) => v.story.length)).toEqual([0, 0, 0, story.length, story.length]);
    expect(levels.map((v) => v.locations.length > 0)).toEqual([false, false, false, true, true]);
  });

  it('shows the very first episode’s logline to everyone: no episode comes before it', () => {
    expect(view(episode('s1e1'), NO_SPOILERS).logline).toHaveLength(1);
  });

  it('leads across seasons in watch order', () => {
    expect(episode('s1e1').neighbours.previous).toBeNull();
    expect(episode('s1e8').neighbours.next).toMatchObject({ id: 's2e1', season: 2, number: 1 });
    expect(episode('s2e1').neighbours.previous).toMatchObject({ id: 's1e8' });
    expect(episode('s2e8').neighbours.next).toBeNull();
  });

  it('cites only the sources of what the viewer can see', () => {
    const none = view(paris, NO_SPOILERS);
    const publicIds = new Set([...paris.episode.sources, ...(paris.credits?.sources ?? [])].map((s) => s.id));
    expect(none.citations.map((s) => s.id).every((id) => publicIds.has(id))).toBe(true);
    const all = view(paris, { showAll: true, watched: 'none' });
    const cited = all.citations.map((s) => s.id);
    for (const p of all.story) for (const s of p.sources) expect(cited).toContain(s.id);
  });

  it('gives a Season 1 episode the length sources give its season’s episodes, and cites them', () => {
    const meet = view(episode('s1e1'), NO_SPOILERS);
    expect(meet.episode.runtimeMinutes).toBeUndefined();
    expect(meet.episode.runtimeAbout).toMatchObject({ from: 25, to: 30 });
    for (const s of meet.episode.runtimeAbout!.sources) expect(meet.citations.map((c) => c.id)).toContain(s.id);
    expect(episodeDescription(meet)).toContain('It came out on Netflix on 22 April 2022 and runs about 25–30 minutes.');
  });

  it('describes itself from public fields only', () => {
    const description = episodeDescription(paris);
    expect(description).toBe(
      '“Heat” is Season 2, episode 5 of Heartstopper. It came out on Netflix on 3 August 2023 and runs 35 minutes. Written by Alice Oseman, directed by Euros Lyn.',
    );
  });
});
