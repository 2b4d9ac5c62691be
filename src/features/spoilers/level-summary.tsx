import { useSuspenseQuery } from '@tanstack/react-query';
import { describeLevel } from '@/lib/spoiler-levels.ts';
import { levelOptionsQuery } from '@/lib/spoiler-queries.ts';
import { useSpoilerPreferences } from '@/lib/use-spoiler-settings.ts';

/** The viewer's spoiler level in a few words ("Nothing yet", "Up to S2 · E3"), for a compact header. */
export function LevelSummary() {
  const [prefs] = useSpoilerPreferences();
  const { data: levels } = useSuspenseQuery(levelOptionsQuery());
  return describeLevel(prefs, levels);
}
