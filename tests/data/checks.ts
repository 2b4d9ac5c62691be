import type { Dataset } from '@/lib/schema.server.ts';

/**
 * Ids of the sources that nothing in the dataset cites. Every collection but `sources` is walked for
 * `sources` arrays and `source` fields, so a citing field added later is covered without a change here.
 */
export function uncitedSources(data: Dataset): string[] {
  const cited = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) for (const id of v) cited.add(String(id));
      else if (key === 'source' && typeof v === 'string') cited.add(v);
      else walk(v);
    }
  };
  for (const [name, items] of Object.entries(data)) if (name !== 'sources') walk(items);
  return data.sources.map((s) => s.id).filter((id) => !cited.has(id));
}

/** An object that cites: its `sources`, and the `excerpts` that quote them. */
export type CitedObject = { sources: string[]; excerpts?: Record<string, string> | undefined };

/**
 * Every object in the dataset with a `sources` array, wherever the schema puts one (a fact, a story point, a
 * stage, an episode's credits, a song…), with where it is: `data/story.json › "s2e5-p3" › sources`.
 */
export function citedObjects(data: Dataset): { where: string; object: CitedObject }[] {
  const found: { where: string; object: CitedObject }[] = [];
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${where}[${i}]`));
    if (!value || typeof value !== 'object') return;
    if (Array.isArray((value as CitedObject).sources)) found.push({ where, object: value as CitedObject });
    for (const [key, v] of Object.entries(value)) if (key !== 'sources' && key !== 'excerpts') walk(v, `${where}.${key}`);
  };
  for (const [name, items] of Object.entries(data)) {
    if (name === 'sources') continue;
    for (const item of items as { id: string }[]) walk(item, `data/${name}.json › "${item.id}"`);
  }
  return found;
}

const PRONOUNS = /(?<!\p{L})(?:he|she|him|her|his|hers|they|them|their)(?!\p{L})/giu;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A tagline reduced to its template: every name in the dataset (characters, their aliases, people, and each
 * word of three letters or more in those names) and every personal pronoun blanked, lower-cased, punctuation
 * dropped. "Played by Ash Self" and "Played by Bel Priestley" reduce to the same template.
 */
export function taglineTemplate(tagline: string, data: Dataset): string {
  const names = [
    ...data.characters.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
    ...data.people.map((p) => p.name),
  ];
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 3);
  const all = [...new Set([...names, ...words])].sort((a, b) => b.length - a.length);
  const nameRe = new RegExp(`(?<!\\p{L})(?:${all.map(escape).join('|')})(?!\\p{L})`, 'giu');
  return tagline
    .replace(nameRe, ' NAME ')
    .replace(PRONOUNS, ' PRON ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Groups of character ids whose taglines share one template; empty when every tagline is its own. */
export function sharedTaglineTemplates(data: Dataset): string[][] {
  const byTemplate = new Map<string, string[]>();
  for (const c of data.characters) {
    const template = taglineTemplate(c.tagline, data);
    byTemplate.set(template, [...(byTemplate.get(template) ?? []), c.id]);
  }
  return [...byTemplate.values()].filter((ids) => ids.length > 1);
}

/** Wording that belongs in a source's `datingNote` (folded away), not in its `note` (shown as content). */
export const DATING_WORDS = /\b(?:undated|no date|dated (?:from|to)|only the year is certain|probably (?:dates|written)|was written (?:in|between|around|after))\b/i;
