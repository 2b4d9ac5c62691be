// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_CACHES, type OfflineCopySummary } from '@/lib/offline-copy.mjs';
import { paths } from '@/lib/paths.ts';
import { aboutSize, OfflineCopyControl } from './offline-copy-control.tsx';

// The browser's side, in memory: Cache Storage, a host serving the copy's summary, list and files, and a worker
// to register. The host can drop files, as a train's connection does.
const summary: OfflineCopySummary = { files: 3, bytes: 2_409_041, list: '/offline-files.abc.json' };
const list = { [OFFLINE_CACHES.pages]: ['/', '/about/'], [OFFLINE_CACHES.data]: ['/data/v1/home.json'] };

let stores: Map<string, Map<string, Response>>;
let unreachable: Set<string>;
let fetched: string[];

function fakeCaches() {
  const store = (name: string) => stores.get(name) ?? stores.set(name, new Map()).get(name)!;
  const cache = (name: string) => ({
    match: async (url: string) => store(name).get(url)?.clone(),
    put: async (url: string, response: Response) => void store(name).set(url, response),
    add: async (url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new TypeError(`${url}: ${response.status}`);
      store(name).set(url, response);
    },
  });
  return {
    open: async (name: string) => cache(name),
    has: async (name: string) => stores.has(name),
    match: async (url: string, options: { cacheName: string }) => stores.get(options.cacheName)?.get(url)?.clone(),
  };
}

async function serve(input: RequestInfo | URL): Promise<Response> {
  const url = String(input);
  fetched.push(url);
  if (unreachable.has(url)) throw new TypeError('Failed to fetch');
  if (url === paths.offlineCopy()) return Response.json(summary);
  if (url === summary.list) return Response.json(list);
  return new Response('a kept file');
}

function renderControl() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <OfflineCopyControl />
    </QueryClientProvider>,
  );
}

describe('Keep the wiki for offline reading', () => {
  beforeEach(() => {
    stores = new Map();
    unreachable = new Set();
    fetched = [];
    vi.stubGlobal('caches', fakeCaches());
    vi.stubGlobal('fetch', vi.fn(serve));
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register: vi.fn(async () => ({})) } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
    Reflect.deleteProperty(navigator, 'connection');
  });

  it('offers the copy with its size, says what didn’t arrive, and on a second try fetches only that', async () => {
    unreachable.add('/about/');
    renderControl();
    const keep = await screen.findByRole('button', { name: `Keep the wiki for offline reading (${aboutSize(summary.bytes)})` });
    await userEvent.click(keep);
    expect(await screen.findByRole('alert')).toHaveTextContent('1 of 3 files didn’t arrive');

    unreachable.clear();
    fetched = [];
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^The whole wiki is kept on this device/)).toBeInTheDocument();
    expect(fetched).toEqual([summary.list, '/about/']);
    expect(navigator.serviceWorker.register).toHaveBeenCalledWith(paths.serviceWorker());
  });

  it('says the copy is kept when its list is, and that one kept from another version isn’t this one', async () => {
    stores.set(OFFLINE_CACHES.copy, new Map([['/offline-files.older.json', Response.json(list)]]));
    const { unmount } = renderControl();
    expect(await screen.findByRole('button', { name: /^Keep the wiki/ })).toBeInTheDocument();
    unmount();
    stores.get(OFFLINE_CACHES.copy)!.set(summary.list, Response.json(list));
    renderControl();
    expect(await screen.findByText(/^The whole wiki is kept on this device/)).toBeInTheDocument();
  });

  it('warns of the size when the browser is saving data', async () => {
    Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true } });
    renderControl();
    expect(await screen.findByText(/set to save data/)).toHaveTextContent(`Keeping the wiki downloads ${aboutSize(summary.bytes)}`);
  });

  it('without the summary (offline, say) says the copy can be kept when online, and offers nothing that would fail', async () => {
    unreachable.add(paths.offlineCopy());
    renderControl();
    expect(await screen.findByText(/when you’re online/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('aboutSize', () => {
  it('gives megabytes as a phone counts them, to one decimal, and never “0 MB”', () => {
    expect(aboutSize(2_409_041)).toBe('about 2.4 MB');
    expect(aboutSize(154_100_000)).toBe('about 154.1 MB');
    expect(aboutSize(1_000)).toBe('about 0.1 MB');
  });
});
