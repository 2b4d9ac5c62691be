import { dataFileName } from './data-files.mjs';
import type { CollectionName } from './schema.server.ts';
import styles from './improve-this-page.module.css';

/** The data file a page's facts come from, and the line its entry starts on when it is one entry's page. */
export type DataEntry = { collection: CollectionName; line?: number | undefined };

/**
 * Where the repository's files are read and edited, e.g. `https://github.com/you/heartstopper-wiki/blob/main/`:
 * a file's path is added to it. Set at build time, like `VITE_SITE_ORIGIN` (docs/deploy.md); without it there
 * is nowhere to send a reader, so no link shows. Read when rendering, so a test can set it.
 */
const repositoryUrl = () => (import.meta.env.VITE_REPOSITORY_URL as string | undefined) || undefined;

/**
 * "Improve this page", as every wiki has: a link to the data behind the page (the entry's line, on one
 * entry's page) and to the guide for contributors. `entry` left out: the page is made of no one file.
 */
export function ImproveThisPage({ entry }: { entry?: DataEntry }) {
  const base = repositoryUrl();
  if (!base) return null;
  const file = entry && `data/${dataFileName(entry.collection)}`;
  const target = file ? `${file}${entry.line ? `#L${entry.line}` : ''}` : 'CONTRIBUTING.md';
  return (
    <p className={styles.improve}>
      <a href={new URL(target, base).href} rel="noopener">
        Improve this page
      </a>
      {file ? (
        <>
          {': its facts and their sources are in '}
          <code>{file}</code>
          {entry.line ? `, from line ${entry.line}` : ''}.{' '}
          <a href={new URL('CONTRIBUTING.md', base).href} rel="noopener">
            How to contribute
          </a>
        </>
      ) : (
        ': how to add a fact with its source, and how spoilers are kept hidden.'
      )}
    </p>
  );
}
