import type { Source } from '@/lib/schema.server.ts';

/**
 * A source with the episode from which it may be listed: a headline can give the story away ("Isaac's
 * asexual storyline…"), so a source cited only by gated facts is gated like the earliest of them.
 */
export type ListedSource = Source & { reveals?: string | undefined };

export type SourceListDocument = { sources: ListedSource[] };
