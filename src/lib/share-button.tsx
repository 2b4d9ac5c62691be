import { useState } from 'react';
import { ShareIcon } from './icons.tsx';
import styles from './share-button.module.css';

/**
 * Shares the page's address on the site the reader is on: the system share sheet where the browser has one
 * (phones), otherwise a copy to the clipboard, confirmed in a live region. Not the configured origin of the
 * canonical link, which a deployment may have left at its placeholder: what a reader passes on must open.
 * The address is the page's alone: spoiler settings live on the device, never in a link.
 */
export function ShareButton({ path, title }: { path: string; title: string }) {
  const [said, setSaid] = useState('');
  const share = () => {
    const url = new URL(path, window.location.origin).href;
    // Closing the share sheet rejects: nothing to report.
    if (navigator.share) navigator.share({ title, url }).catch(() => undefined);
    else navigator.clipboard.writeText(url).then(() => setSaid('Link copied'), () => setSaid(`Couldn’t copy. The link is ${url}`));
  };
  return (
    <p className={styles.share}>
      <button type="button" className="pill-control" onClick={share}>
        <ShareIcon className={styles.icon} />
        Share
      </button>
      <span role="status">{said}</span>
    </p>
  );
}
