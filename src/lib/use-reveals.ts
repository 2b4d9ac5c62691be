import { useCallback, useState } from 'react';

/**
 * The items a viewer chose to reveal one by one. Plain component state, so a reveal holds until the page
 * is left and never reaches the URL or storage.
 */
export function useReveals(): [ReadonlySet<string>, (key: string) => void] {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const reveal = useCallback((key: string) => setRevealed((prev) => new Set(prev).add(key)), []);
  return [revealed, reveal];
}
