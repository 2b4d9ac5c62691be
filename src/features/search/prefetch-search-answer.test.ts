import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, spoilerStore } from '@/lib/spoiler-preferences.ts';
import { prefetchSearchAnswer } from './prefetch-search-answer.ts';
import { resultsRequest } from './search-page.tsx';
import { searchCorpusQuery, searchKeys } from './search-queries.ts';
import { engineFor } from './use-search-engine.ts';

const cachedKeys = (client: QueryClient) => client.getQueryCache().findAll({ queryKey: searchKeys.all }).map((q) => q.queryKey.slice(1).join(' '));

describe('a /search/?q= link fetching its first results as the page’s code arrives', () => {
  afterEach(() => spoilerStore.update(DEFAULT_PREFERENCES));

  it('at “nothing yet”, fetches every shard the first screen needs, so the page’s engine answers without asking', async () => {
    const client = new QueryClient();
    const request = resultsRequest(['character']);
    await prefetchSearchAnswer(client, 'nick', request);
    const head = client.getQueryData(searchCorpusQuery().queryKey);
    expect(head).toBeDefined();
    const answer = engineFor(head!, null).run('nick', request);
    expect(answer).not.toHaveProperty('needs');
    expect('results' in answer && answer.results.map((r) => r.title)).toContain('Nick Nelson');
    expect(cachedKeys(client)).toEqual(expect.arrayContaining(['corpus', expect.stringMatching(/^terms /), expect.stringMatching(/^records /)]));
  });

  it('for a viewer with a level, fetches no level’s part: which part the viewer has reached is the page’s to work out', async () => {
    spoilerStore.update({ watched: 's2e4' });
    const client = new QueryClient();
    await prefetchSearchAnswer(client, 'nick', resultsRequest([]));
    expect(cachedKeys(client)).toContain('corpus');
    expect(cachedKeys(client).filter((key) => key.startsWith('level') || / upto-| everything$/.test(key))).toEqual([]);
  });
});
