/** How many avatar colours the theme defines (`--avatar-0` … in avatar.css). */
export const AVATAR_COLOURS = 8;

/** One of the avatar colours, the same for a contact on every screen and every run: a hash of its id. */
export function avatarColour(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % AVATAR_COLOURS;
}

/**
 * Up to two initials from a display name: the first letters of its first two words that start with
 * a letter ("Иванов Сергей Петрович" is "ИС", "Jennifer Collins" "JC", "anna@example.org" "A"); a
 * name with no letter at all (a phone number) has none.
 */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => (Array.from(word)[0] ?? '').toLocaleUpperCase())
    .join('');
}
