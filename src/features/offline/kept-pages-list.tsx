import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { keptPagesQuery } from './offline-queries.ts';

/**
 * For a page that couldn't be loaded: the pages this device has kept, which open without a connection, and
 * where to keep the rest. Read from Cache Storage, so it is right offline too.
 */
export function KeptPagesList() {
  // Without a worker in control nothing is kept, and nothing would open offline: there is nothing to say.
  const kept = useQuery({ ...keptPagesQuery(), enabled: !!navigator.serviceWorker?.controller });
  if (!kept.isSuccess) return null;
  return (
    <section aria-labelledby="kept-pages">
      <h2 id="kept-pages">Kept on this device</h2>
      {kept.data.length === 0 ? (
        // The first page of a visit may still open, drawn from its documents: "none" would not be true.
        <p>This page isn’t kept for reading offline. Pages you open online are kept on this device from now on.</p>
      ) : (
        <>
          <p>This page isn’t kept for reading offline. These are, and open without a connection:</p>
          <ul>
            {kept.data.map((page) => (
              <li key={page.path}>
                {/* A full page load: offline, the kept page itself answers, with its own data. */}
                <a href={page.path}>{page.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={paths.readingOffline()}>Keep the whole wiki for offline reading</Link>
      </p>
    </section>
  );
}
