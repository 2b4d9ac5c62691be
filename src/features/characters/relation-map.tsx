import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { avatarLook } from '@/lib/avatar.ts';
import { paths } from '@/lib/paths.ts';
import type { CharacterLink, RelationshipStep } from './character-view.ts';
import styles from './relation-map.module.css';

/** The drawing's width in its own units: about a pixel each on a 360 px phone, so its text stays readable. */
const WIDTH = 340;
/** The legend's row along the bottom. */
const LEGEND = 28;
/** Heights to match the places reserved for them (relation-map.module.css): a ring, or one row for two or fewer. */
export const RING_HEIGHT = 336 + LEGEND;
export const ROW_HEIGHT = 126 + LEGEND;

/** How an edge is drawn: partners, family and friends each their own way; the rest (a crush, a pet) alike. */
type Kind = 'partner' | 'family' | 'friend' | 'other';
const KINDS: readonly (readonly [Kind, string])[] = [
  ['partner', 'Partner'],
  ['family', 'Family'],
  ['friend', 'Friend'],
  ['other', 'Other'],
];
const kindOf = (type: RelationshipStep['type']): Kind => (type === 'partner' || type === 'family' || type === 'friend' ? type : 'other');

/** Where each other character sits: round the centre when there are three or more, else either side of it. */
function layout(count: number) {
  if (count > 2) {
    return {
      centre: { x: WIDTH / 2, y: 164 },
      spots: Array.from({ length: count }, (_, i) => {
        const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
        return { x: WIDTH / 2 + 118 * Math.cos(angle), y: 164 + 118 * Math.sin(angle) };
      }),
      height: RING_HEIGHT,
    };
  }
  const y = 34;
  return {
    centre: { x: count === 1 ? 95 : WIDTH / 2, y },
    spots: count === 1 ? [{ x: 245, y }] : [{ x: 58, y }, { x: WIDTH - 58, y }],
    height: ROW_HEIGHT,
  };
}

/**
 * A picture of a character's relationships at the viewer's level: them in the middle, everyone they are related
 * to around them, each joined by a line drawn by the kind of bond and captioned with what they are to them. Each
 * person is a link to their page. The Relationships list above it says the same in words.
 */
export function RelationMap({ character, relationships }: { character: CharacterLink; relationships: readonly RelationshipStep[] }) {
  const navigate = useNavigate();
  const { centre, spots, height } = layout(relationships.length);
  const me = avatarLook(character);
  const kinds = KINDS.filter(([kind]) => relationships.some((r) => kindOf(r.type) === kind));
  // A plain click stays in the app; with a modifier key the browser opens the link its own way.
  const follow = (e: MouseEvent, id: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(paths.character(id));
  };

  return (
    <svg
      className={styles.map}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={`Map of ${character.name}’s relationships, as in the list above`}
    >
      {relationships.map((r, i) => (
        <line key={r.id} className={styles[kindOf(r.type)]} x1={centre.x} y1={centre.y} x2={spots[i]?.x} y2={spots[i]?.y} />
      ))}
      <g aria-hidden="true">
        <circle cx={centre.x} cy={centre.y} r={28} fill={me.colour} />
        <text x={centre.x} y={centre.y} dy="0.35em" className={styles.initials}>
          {me.initials}
        </text>
      </g>
      {relationships.map((r, i) => {
        const { x = 0, y = 0 } = spots[i] ?? {};
        const look = avatarLook(r.other);
        return (
          <a key={r.id} href={paths.character(r.other.id)} aria-label={`${r.other.name}, ${r.role}`} onClick={(e) => follow(e, r.other.id)}>
            <circle cx={x} cy={y} r={21} fill={look.colour} />
            <text x={x} y={y} dy="0.35em" className={styles.initials} aria-hidden="true">
              {look.initials}
            </text>
            <text x={x} y={y + 37} className={styles.name} aria-hidden="true">
              {r.other.name}
            </text>
            <text x={x} y={y + 53} className={styles.role} aria-hidden="true">
              {r.role}
            </text>
          </a>
        );
      })}
      <g aria-hidden="true" transform={`translate(${(WIDTH - kinds.length * 80) / 2 + 4} ${height - 12})`}>
        {kinds.map(([kind, label], i) => (
          <g key={kind} transform={`translate(${i * 80} 0)`}>
            <line className={styles[kind]} x1={0} y1={-4} x2={22} y2={-4} />
            <text x={28} y={0} className={styles.legend}>
              {label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
