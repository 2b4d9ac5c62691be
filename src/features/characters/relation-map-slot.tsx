import { useEffect, useRef, useState } from 'react';
import type { CharacterLink, RelationshipStep } from './character-view.ts';
import type { RelationMap } from './relation-map.tsx';
import styles from './relation-map-slot.module.css';

type Props = { character: CharacterLink; relationships: readonly RelationshipStep[] };

/**
 * Where the relationship map goes. Its code loads only once this place scrolls into view, so a page read from
 * the top pays nothing for it until the viewer gets there; the space is reserved at the map's shape, so nothing
 * moves when it arrives. Without JavaScript the list above says the same.
 */
export function RelationMapSlot({ character, relationships }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [Map, setMap] = useState<typeof RelationMap>();
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import('./relation-map.tsx').then((m) => setMap(() => m.RelationMap));
    });
    if (ref.current) observer.observe(ref.current);
    return () => observer.disconnect();
  }, []);
  if (relationships.length === 0) return null;
  return (
    <div ref={ref} className={relationships.length > 2 ? styles.round : styles.row}>
      {Map ? <Map character={character} relationships={relationships} /> : null}
    </div>
  );
}
