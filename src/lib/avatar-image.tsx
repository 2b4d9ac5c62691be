import { avatarLook } from './avatar.ts';

/**
 * A character's avatar as SVG: their initials on their colour (see `avatarLook`). Decorative: their name is
 * always next to it, so it is hidden from assistive technology.
 */
export function AvatarImage({ id, name, size = 48, standalone = false }: { id: string; name: string; size?: number; /** Drawn as an SVG file of its own (the build's), not inside HTML. */ standalone?: boolean }) {
  const { initials, colour } = avatarLook({ id, name });
  return (
    <svg xmlns={standalone ? 'http://www.w3.org/2000/svg' : undefined} viewBox="0 0 48 48" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="24" fill={colour} />
      <text x="24" y="24" dy="0.35em" textAnchor="middle" fill="#fff" fontSize={initials.length > 1 ? 18 : 22} fontWeight="700" fontFamily="system-ui, sans-serif">
        {initials}
      </text>
    </svg>
  );
}
