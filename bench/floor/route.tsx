// The one lazy route module: a loader that fills the cache, a component that reads it.
import { useSuspenseQuery } from '@tanstack/react-query';
import { greetingQuery, queryClient } from './queries.ts';

export async function loader() {
  await queryClient.query(greetingQuery());
  return null;
}

export function Component() {
  const { data } = useSuspenseQuery(greetingQuery());
  return <p>{data}</p>;
}
