import { queryOptions } from '@tanstack/react-query';
import { episodesQuery } from './gated-queries.ts';
import { levelsBySeason } from './spoiler-levels.ts';

/** The "I've watched" choices, derived from the episodes every page already has. */
export const levelOptionsQuery = () => queryOptions({ ...episodesQuery(), select: levelsBySeason });
