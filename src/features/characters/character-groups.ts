import type { Character } from '@/lib/schema.server.ts';

/** The groups in the characters index's order; everyone new in Season 2 comes after them, in a group of their own. */
export const GROUP_ORDER: readonly Character['group'][] = ['main', 'friends', 'family', 'teachers', 'others'];
