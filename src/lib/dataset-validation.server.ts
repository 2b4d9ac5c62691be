/**
 * Parses the raw collections once and checks what a schema alone can't: unique ids, references that
 * resolve, real calendar dates and episodes that exist. Every problem names the file, the entry and the field.
 */
import { collectionSchemas, type CollectionName, type Dataset } from './schema.server.ts';
import { parseEpisodeCode, seasonLengthsOf, watchPosition } from './spoilers.ts';

export type DatasetProblem = {
  file: string;
  entry: string;
  field: string;
  message: string;
};

export class DatasetError extends Error {
  readonly problems: DatasetProblem[];

  constructor(problems: DatasetProblem[]) {
    const lines = problems.map((p) => `  ${p.file} › entry ${p.entry} › field "${p.field}": ${p.message}`);
    super(`The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

const fileOf = (collection: CollectionName) => `data/${collection}.json`;

function entryLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') {
    return `"${raw.id}"`;
  }
  return `#${index}`;
}

function fieldLabel(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('') || '(entry)';
}

/** Whether `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a real date. */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || year < 1900 || year > 2100) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function validateDataset(raw: Record<CollectionName, unknown>): Dataset {
  const problems: DatasetProblem[] = [];
  const parsed: Partial<Record<CollectionName, unknown>> = {};

  for (const name of Object.keys(collectionSchemas) as CollectionName[]) {
    const result = collectionSchemas[name].safeParse(raw[name]);
    if (result.success) {
      parsed[name] = result.data;
      continue;
    }
    const items = Array.isArray(raw[name]) ? (raw[name] as unknown[]) : [];
    for (const issue of result.error.issues) {
      const [index, ...rest] = issue.path;
      const isEntry = typeof index === 'number';
      problems.push({
        file: fileOf(name),
        entry: isEntry ? entryLabel(items[index], index) : '(file)',
        field: isEntry ? fieldLabel(rest) : fieldLabel(issue.path),
        message: issue.message,
      });
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);

  const data = parsed as Dataset;
  checkIntegrity(data, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  return data;
}

function checkIntegrity(data: Dataset, problems: DatasetProblem[]): void {
  const ids = {} as Record<CollectionName, Set<string>>;
  for (const name of Object.keys(data) as CollectionName[]) {
    const seen = new Set<string>();
    data[name].forEach((item, index) => {
      if (seen.has(item.id)) {
        problems.push({
          file: fileOf(name),
          entry: `"${item.id}" (#${index})`,
          field: 'id',
          message: `duplicate id: "${item.id}" is already used by an earlier entry`,
        });
      }
      seen.add(item.id);
    });
    ids[name] = seen;
  }

  const seasonLengths = seasonLengthsOf(data.episodes);

  const check = (collection: CollectionName, entry: { id: string }) => {
    const at = (field: string, message: string) =>
      problems.push({ file: fileOf(collection), entry: `"${entry.id}"`, field, message });
    return {
      ref(field: string, target: CollectionName, value: string | undefined) {
        if (value !== undefined && !ids[target].has(value)) {
          at(field, `refers to ${target} id "${value}", which does not exist in ${fileOf(target)}`);
        }
      },
      refs(field: string, target: CollectionName, values: readonly string[] | undefined) {
        values?.forEach((v, i) => this.ref(`${field}[${i}]`, target, v));
      },
      date(field: string, value: string | undefined) {
        if (value !== undefined && !isRealDate(value)) at(field, `"${value}" is not a real date`);
      },
      reveal(field: string, value: string | undefined) {
        if (value === undefined) return;
        const [, season, episode] = /^s(\d+)(?:e(\d+))?$/.exec(value) ?? [];
        const length = seasonLengths.get(Number(season));
        if (length === undefined) at(field, `"${value}" names a season with no episodes in data/episodes.json`);
        else if (episode !== undefined && Number(episode) > length) {
          at(field, `"${value}" names an episode that is not in data/episodes.json`);
        }
      },
      fail: at,
    };
  };

  // An excerpt quotes one of the sources beside it: a key that isn't one of them is a typo or a stale citation.
  const checkExcerpts = (c: ReturnType<typeof check>, path: string, value: unknown): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => checkExcerpts(c, `${path}[${i}]`, item));
    if (typeof value !== 'object' || value === null) return;
    const { sources, excerpts } = value as { sources?: unknown; excerpts?: Record<string, string> };
    for (const id of Object.keys(excerpts ?? {})) {
      if (!Array.isArray(sources) || !sources.includes(id)) {
        c.fail(`${path ? `${path}.` : ''}excerpts.${id}`, `quotes "${id}", which is not among the sources beside it`);
      }
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'excerpts') checkExcerpts(c, path ? `${path}.${key}` : key, child);
  };
  for (const name of Object.keys(data) as CollectionName[]) {
    for (const entry of data[name]) checkExcerpts(check(name, entry), '', entry);
  }

  const checkFact = (
    c: ReturnType<typeof check>,
    field: string,
    fact: { sources: string[]; reveals?: string | undefined } | undefined,
  ) => {
    if (!fact) return;
    c.refs(`${field}.sources`, 'sources', fact.sources);
    c.reveal(`${field}.reveals`, fact.reveals);
  };

  for (const s of data.sources) {
    const c = check('sources', s);
    c.date('date', s.date);
  }

  for (const p of data.people) {
    const c = check('people', p);
    c.refs('sources', 'sources', p.sources);
    checkFact(c, 'bio', p.bio);
  }

  for (const ch of data.characters) {
    const c = check('characters', ch);
    c.refs('actors', 'people', ch.actors);
    checkFact(c, 'summary', ch.summary);
    ch.details.forEach((d, i) => checkFact(c, `details[${i}]`, d));
  }

  const pairs = new Map<string, string>();
  for (const r of data.relationships) {
    const c = check('relationships', r);
    c.ref('from', 'characters', r.from);
    c.ref('to', 'characters', r.to);
    if (r.from === r.to) c.fail('to', 'a relationship needs two different characters');
    // One row per pair: a bond that changes is one entry with stages, so a page never lists a pair twice.
    const pair = [r.from, r.to].sort().join(' & ');
    const earlier = pairs.get(pair);
    if (earlier !== undefined) c.fail('to', `"${earlier}" already links ${pair}: add a stage to it instead of a second relationship`);
    else pairs.set(pair, r.id);
    let previous = 0;
    r.stages.forEach((stage, i) => {
      c.refs(`stages[${i}].sources`, 'sources', stage.sources);
      c.reveal(`stages[${i}].reveals`, stage.reveals);
      const position = stage.reveals === undefined ? 0 : watchPosition(stage.reveals, seasonLengths);
      if (position < previous) c.fail(`stages[${i}].reveals`, 'stages must be in watch order: this one is revealed before the stage above it');
      previous = position;
    });
  }

  for (const e of data.episodes) {
    const c = check('episodes', e);
    if (e.id !== `s${e.season}e${e.number}`) c.fail('id', `must be "s${e.season}e${e.number}" to match season and number`);
    c.date('released', e.released);
    c.refs('sources', 'sources', e.sources);
    c.refs('runtimeAbout.sources', 'sources', e.runtimeAbout?.sources);
    if (e.credits) {
      c.ref('credits.writer', 'people', e.credits.writer);
      c.ref('credits.director', 'people', e.credits.director);
      c.refs('credits.sources', 'sources', e.credits.sources);
    }
    c.refs('logline.sources', 'sources', e.logline?.sources);
    e.songs?.forEach((song, i) => c.refs(`songs[${i}].sources`, 'sources', song.sources));
    e.locations?.forEach((place, i) => c.refs(`locations[${i}].sources`, 'sources', place.sources));
  }

  for (const p of data.story) {
    const c = check('story', p);
    c.reveal('reveals', p.reveals);
    if (parseEpisodeCode(p.reveals)?.episode !== undefined && !p.id.startsWith(`${p.reveals}-`)) c.fail('id', `must start with its episode, "${p.reveals}-"`);
    c.refs('characters', 'characters', p.characters);
    c.refs('sources', 'sources', p.sources);
  }

  for (const r of data.reception) {
    const c = check('reception', r);
    if (r.kind !== 'award') c.date('date', r.date);
    c.refs('sources', 'sources', r.sources);
    if (r.kind === 'award') c.refs('people', 'people', r.people);
  }

  for (const ev of data.events) {
    const c = check('events', ev);
    // One record a story point: the timeline shows data/story.json's, so a story event here would be a second copy.
    if (ev.kind === 'story') c.fail('kind', 'the story lives in data/story.json, one record a point; data/events.json holds the news');
    c.date('date', ev.date);
    c.reveal('reveals', ev.reveals);
    c.refs('characters', 'characters', ev.characters);
    c.refs('sources', 'sources', ev.sources);
  }

  for (const q of data.quotes) {
    const c = check('quotes', q);
    c.ref('speaker', 'people', q.speaker);
    c.ref('source', 'sources', q.source);
    c.refs('about', 'characters', q.about);
    c.date('date', q.date);
    c.reveal('reveals', q.reveals);
  }
}
