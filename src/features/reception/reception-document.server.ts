/**
 * Build time: `/reception/`'s document, from `data/reception.json`. `src/app/site-documents.server.ts` decides
 * the data files with it; the browser gets the document, never this code (the types are in reception-view.ts).
 */
import { citedSources, withoutExcerpts } from '@/lib/dataset-lookups.server.ts';
import { compareDates } from '@/lib/dates.ts';
import type { Dataset, ReceptionItem } from '@/lib/schema.server.ts';
import type { ReceptionDocument } from './reception-view.ts';

export function buildReception(data: Dataset): ReceptionDocument {
  const cited = citedSources(data);
  const names = new Map(data.people.map((p) => [p.id, p.name]));
  const of = <K extends ReceptionItem['kind']>(kind: K) => data.reception.filter((r): r is Extract<ReceptionItem, { kind: K }> => r.kind === kind);
  const written = <T extends ReceptionItem>(item: T) => ({ ...withoutExcerpts(item), sources: cited(item) });
  return {
    reviews: of('review').toSorted((a, b) => compareDates(b.date, a.date)).map(written),
    scores: of('score').toSorted((a, b) => (a.season ?? 0) - (b.season ?? 0) || compareDates(a.date, b.date)).map(written),
    viewing: of('viewing').toSorted((a, b) => compareDates(a.date, b.date)).map(written),
    awards: of('award')
      .toSorted((a, b) => a.year - b.year || a.ceremony.localeCompare(b.ceremony))
      .map((a) => ({ ...written(a), people: (a.people ?? []).map((id) => ({ id, name: names.get(id) ?? id })) })),
  };
}
