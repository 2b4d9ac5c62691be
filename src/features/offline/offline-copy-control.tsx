import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { canKeepOffline, KeepIncompleteError, keepOfflineCopy, removeOfflineCopy, type KeepProgress } from './offline-copy.ts';
import { savingData } from './save-data.ts';
import { offlineCopyQuery } from './offline-queries.ts';
import styles from './offline-copy-control.module.css';

/** "About 2.4 MB": a size as a reader's phone counts it (1 MB is 1,000,000 bytes), to one decimal. */
export function aboutSize(bytes: number): string {
  const size = new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return `about ${size.format(Math.max(bytes / 1_000_000, 0.1))}`;
}

const READ_AS_YOU_GO = 'Pages you open are kept on this device, so they open again without a connection.';
const OFFER = `${READ_AS_YOU_GO} To read any page offline, keep the whole wiki. Spoilers you haven’t asked for are not part of it.`;

type Download = { state: 'idle' } | { state: 'downloading'; progress: KeepProgress } | { state: 'failed'; missing: number; total: number };
type Removal = { state: 'idle' } | { state: 'removing' } | { state: 'removed'; size: string } | { state: 'failed' };

/**
 * What removing took, and what stays: said once it is done. `size` is the copy's, as the offer said it: the
 * browser's own estimate of the space freed lags behind, and said a tenth of it.
 */
function removedMessage(size: string): string {
  const what = `Removed the offline copy (${size}) and the pages kept as you read.`;
  const stays = savingData()
    ? 'The app itself stays, so the wiki still opens quickly.'
    : 'The app itself stays, so the wiki still opens quickly, and pages you open are kept again as you read them.';
  return `${what} ${stays}`;
}

/**
 * "Keep the wiki for offline reading", with its size: not kept, downloading (with progress), kept, kept from an
 * earlier version (bring it up to date, only when asked), or failed (try again); and, once kept, the way back:
 * "Remove the offline copy", which says what it freed and what stays. Pages a reader opens are kept anyway; the
 * copy is for the rest, and only when asked. Gated parts are never part of it: they are kept when the viewer's
 * level fetches them, as they are read. See docs/decisions/0030 and 0035.
 */
export function OfflineCopyControl() {
  // The prerender knows nothing of the device: the first render is the same everywhere.
  const hydrated = useHydrated();
  const supported = hydrated && canKeepOffline();
  const copy = useQuery({ ...offlineCopyQuery(), enabled: supported });
  const queryClient = useQueryClient();
  const [download, setDownload] = useState<Download>({ state: 'idle' });
  const [removal, setRemoval] = useState<Removal>({ state: 'idle' });
  // The pressed button goes with what it removed: focus goes to the message that says so.
  const removedNote = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (removal.state === 'removed') removedNote.current?.focus();
  }, [removal.state]);

  if ((hydrated && !canKeepOffline()) || copy.isError) {
    return (
      <div className={styles.control}>
        <p>{copy.isError ? 'The whole wiki can be kept for offline reading from here when you’re online.' : READ_AS_YOU_GO}</p>
      </div>
    );
  }
  if (!copy.isSuccess) {
    // Until the size is known (and in the prerendered page), the offer as it will be, its button not yet working:
    // the same lines as when it works, so nothing below it moves when it does.
    return (
      <div className={styles.control}>
        <p>{OFFER}</p>
        <div className={styles.actions}>
          <button type="button" className="pill-control" disabled>
            Keep the wiki for offline reading (size to come)
          </button>
        </div>
      </div>
    );
  }

  const { summary, kept } = copy.data;
  const size = aboutSize(summary.bytes);
  const keep = () => {
    setRemoval({ state: 'idle' });
    setDownload({ state: 'downloading', progress: { done: 0, total: summary.files } });
    keepOfflineCopy(summary, (progress) => setDownload({ state: 'downloading', progress })).then(
      () => {
        queryClient.setQueryData(offlineCopyQuery().queryKey, { summary, kept: 'current' });
        setDownload({ state: 'idle' });
      },
      (error: unknown) => {
        const missing = error instanceof KeepIncompleteError ? error.missing : summary.files;
        setDownload({ state: 'failed', missing, total: summary.files });
      },
    );
  };
  const remove = () => {
    setRemoval({ state: 'removing' });
    removeOfflineCopy().then(
      () => {
        queryClient.setQueryData(offlineCopyQuery().queryKey, { summary, kept: 'none' });
        setDownload({ state: 'idle' });
        setRemoval({ state: 'removed', size });
      },
      () => setRemoval({ state: 'failed' }),
    );
  };

  if (download.state === 'downloading') {
    const { done, total } = download.progress;
    return (
      <div className={styles.control}>
        <label className={styles.progress}>
          Keeping the wiki for offline reading: {done} of {total} files
          <progress max={total} value={done} />
        </label>
      </div>
    );
  }

  const removeButton = (
    <button type="button" className="pill-control" onClick={remove} disabled={removal.state === 'removing'}>
      {removal.state === 'removing' ? 'Removing the offline copy…' : 'Remove the offline copy'}
    </button>
  );
  const removeFailed = removal.state === 'failed' && (
    <p role="alert" className={styles.warning}>
      The browser didn’t let the wiki remove it. Clearing this site’s data in the browser’s settings does.
    </p>
  );
  const downloadFailed = download.state === 'failed' && (
    <p role="alert" className={styles.warning}>
      The download stopped: {download.missing} of {download.total} files didn’t arrive. You may be offline. What arrived
      is kept; trying again fetches the rest.
    </p>
  );
  const saveDataWarning = savingData() && (
    <p className={styles.warning}>Your browser is set to save data, so pages aren’t kept as you read. Keeping the wiki downloads {size}.</p>
  );

  if (kept === 'current') {
    return (
      <div className={styles.control}>
        <p>
          The whole wiki is kept on this device ({size}): every page opens without a connection. Spoilers you haven’t
          asked for are not part of it.
        </p>
        {removeFailed}
        <div className={styles.actions}>{removeButton}</div>
      </div>
    );
  }
  if (kept === 'older') {
    return (
      <div className={styles.control}>
        <p>
          The wiki kept on this device is from an earlier version: its pages open without a connection as they were
          then. Updating it downloads {size}, and happens only when you ask.
        </p>
        {downloadFailed}
        {removeFailed}
        <div className={styles.actions}>
          <button type="button" className="pill-control" onClick={keep}>
            {download.state === 'failed' ? 'Try again' : 'Update the offline copy'}
          </button>
          {removeButton}
        </div>
      </div>
    );
  }
  return (
    <div className={styles.control}>
      {removal.state === 'removed' && (
        <p role="status" ref={removedNote} tabIndex={-1} className={styles.note}>
          {removedMessage(removal.size)}
        </p>
      )}
      <p>{OFFER}</p>
      {saveDataWarning}
      {downloadFailed}
      <div className={styles.actions}>
        <button type="button" className="pill-control" onClick={keep}>
          {download.state === 'failed' ? 'Try again' : `Keep the wiki for offline reading (${size})`}
        </button>
      </div>
    </div>
  );
}
