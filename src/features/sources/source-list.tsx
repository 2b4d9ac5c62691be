import { useSuspenseQuery } from '@tanstack/react-query';
import { SourceCitation } from '@/lib/citations.tsx';
import { sourceListQuery } from './source-queries.ts';
import styles from './source-list.module.css';

export function SourceList() {
  const { data } = useSuspenseQuery(sourceListQuery());
  return (
    <ul className={styles.list}>
      {data.map((s) => (
        <li key={s.id} id={s.id}>
          <SourceCitation source={s} />
        </li>
      ))}
    </ul>
  );
}
