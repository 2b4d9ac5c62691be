/** For tests: gates a whole document the way `useGate` does in a page, with every part at hand. */
import { partsNeeded, slotsOf, splitGated, stubsOf } from './gated.ts';
import type { SeasonLengths, SpoilerSettings } from './spoilers.ts';
import type { Gate } from './use-gate.ts';

export function gateInMemory<T>(
  document: T,
  settings: SpoilerSettings,
  seasons: SeasonLengths,
  revealed: ReadonlySet<string> = new Set(),
): { public: T; gate: Gate } {
  const { public: pub, parts } = splitGated(document);
  const needed = partsNeeded(stubsOf(pub), settings, seasons, revealed);
  const loaded = new Map(needed.flatMap((part) => Object.entries(parts.get(part) ?? {})));
  return { public: pub, gate: (list, keyOf) => slotsOf(list, keyOf, loaded, settings, seasons, revealed) };
}
