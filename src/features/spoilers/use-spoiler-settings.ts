import { NO_SPOILERS, type SpoilerSettings } from '@/lib/spoilers.ts';

export function useSpoilerSettings(): SpoilerSettings {
  return NO_SPOILERS;
}
