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
const summary: OfflineCopySummary = { files: 3, bytes: 2_409_041, list: '/offline-files.abc.json', dataFolder: '/data/v2/' };
const list = { [OFFLINE_CACHES.pages]: ['/', '/about/'], [OFFLINE_CACHES.data]: ['/data/v2/home.json'] };

let stores: Map<string, Map<string, Response>>;
let unreachable: Set<string>;
let fetched: string[];

function fakeCaches() {
  const store = (name: string) => stores.get(name) ?? stores.set(name, new Map()).get(name)!;
  const cache = (name: string) => ({
    match: async (url: string) => store(name).get(url)?.clone(),
    put: async (url: string, response: Response) => void store(name).set(url, response),
    keys: async () => [...store(name).keys()].map((url) => new Request(new URL(url, 'http://localhost'))),
    delete: async (request: Request) => store(name).delete(new URL(request.url).pathname),
  });
  return {
    open: async (name: string) => cache(name),
    has: async (name: string) => stores.has(name),
    delete: async (name: string) => stores.delete(name),
    match: async (url: string, options: { cacheName: string }) => stores.get(options.cacheName)?.get(url)?.clone(),
  };
}

/** What each cache holds, by URL path. */
const kept = () => Object.fromEntries([...stores].map(([name, store]) => [name, [...store.keys()].sort()]));

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

  it('says the copy is kept when its list is, and offers to remove it', async () => {
    stores.set(OFFLINE_CACHES.copy, new Map([[summary.list, Response.json(list)]]));
    renderControl();
    expect(await screen.findByText(/^The whole wiki is kept on this device/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove the offline copy' })).toBeEnabled();
  });

  it('says a copy from an earlier version is one, and brings it up to date only when asked: pages again, its older data gone', async () => {
    const older = { [OFFLINE_CACHES.pages]: ['/', '/about/'], [OFFLINE_CACHES.data]: ['/data/v1/home.json'] };
    stores.set(OFFLINE_CACHES.copy, new Map([['/offline-files.older.json', Response.json(older)]]));
    stores.set(OFFLINE_CACHES.pages, new Map([['/', new Response('older home')], ['/about/', new Response('older about')]]));
    stores.set(OFFLINE_CACHES.data, new Map([['/data/v1/home.json', new Response('{}')], ['/data/v2/home.upto-s1e1.json', new Response('{}')]]));
    renderControl();
    expect(await screen.findByText(/^The wiki kept on this device is from an earlier version/)).toBeInTheDocument();
    expect(fetched).toEqual([paths.offlineCopy()]);

    expect(screen.getByText(/^The wiki kept on this device/)).toHaveTextContent(`Updating it downloads ${aboutSize(summary.bytes)}`);
    await userEvent.click(screen.getByRole('button', { name: 'Update the offline copy' }));
    expect(await screen.findByText(/^The whole wiki is kept on this device/)).toBeInTheDocument();
    // The pages kept for the older copy are fetched again, as their addresses outlive versions.
    expect(fetched.slice(1).sort()).toEqual([summary.list, ...list[OFFLINE_CACHES.pages], ...list[OFFLINE_CACHES.data]].sort());
    expect(kept()).toEqual({
      [OFFLINE_CACHES.copy]: [summary.list],
      [OFFLINE_CACHES.pages]: ['/', '/about/'],
      // The older version's data went with its copy; this version's gated part, kept as it was read, stays.
      [OFFLINE_CACHES.data]: ['/data/v2/home.json', '/data/v2/home.upto-s1e1.json'],
    });
    expect(await stores.get(OFFLINE_CACHES.pages)!.get('/')!.text()).toBe('a kept file');
  });

  it('removes the copy and the pages read, says what it freed and what stays, and offers the copy again', async () => {
    stores.set(OFFLINE_CACHES.copy, new Map([[summary.list, Response.json(list)]]));
    stores.set(OFFLINE_CACHES.pages, new Map([['/', new Response('home')]]));
    stores.set(OFFLINE_CACHES.data, new Map([['/data/v2/home.json', new Response('{}')]]));
    renderControl();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove the offline copy' }));
    const note = await screen.findByRole('status');
    expect(note).toHaveTextContent(`Removed the offline copy (${aboutSize(summary.bytes)}) and the pages kept as you read.`);
    expect(note).toHaveTextContent('The app itself stays, so the wiki still opens quickly, and pages you open are kept again as you read them.');
    expect(note).toHaveFocus();
    expect(kept()).toEqual({});
    expect(screen.getByRole('button', { name: `Keep the wiki for offline reading (${aboutSize(summary.bytes)})` })).toBeEnabled();
  });

  it('says so, and keeps its place, when the browser won’t let the copy be removed', async () => {
    stores.set(OFFLINE_CACHES.copy, new Map([[summary.list, Response.json(list)]]));
    vi.stubGlobal('caches', {
      ...fakeCaches(),
      delete: async () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    renderControl();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove the offline copy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser didn’t let the wiki remove it');
    expect(screen.getByText(/^The whole wiki is kept on this device/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove the offline copy' })).toBeEnabled();
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
