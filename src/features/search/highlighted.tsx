import type { ReactNode } from 'react';
import type { Highlight } from './search-snippet.ts';

/** Text with the matched words marked. The ranges come from the engine, so nothing here parses the query. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Highlight[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
