import { avatarColour, initialsOf } from './avatarLook';
import { usePhotoUrl } from './usePhotoUrl';

interface Props {
  contactId: string;
  /** The contact's display name: the initials, and the picture's accessible name. */
  name: string;
  /** The contact's photo file, or null. */
  photo: string | null;
  size: 'small' | 'large';
  /**
   * Beside the name already (a list row, whose accessible name is its text): hidden from assistive
   * technology, so the name is not read twice. Otherwise the avatar is an image named after the contact.
   */
  decorative?: boolean;
  /** A picture to show instead of the stored one (one just chosen in the form, not yet saved). */
  dataUrl?: string | null;
}

/**
 * A contact's picture: the photo when there is one, else the initials on a colour of its own (the
 * same on every screen, derived from the id), readable in both themes (avatar.css). While the
 * photo loads, or when its file cannot be read, the initials stand in for it.
 */
export function Avatar({ contactId, name, photo, size, decorative = false, dataUrl: shown }: Props) {
  const stored = usePhotoUrl(contactId, shown ? null : photo);
  const dataUrl = shown ?? stored;
  const a11y = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name };
  if (dataUrl) return <img className={`avatar avatar-${size}`} src={dataUrl} alt={decorative ? '' : name} aria-hidden={decorative || undefined} />;
  const initials = initialsOf(name);
  // The initials are drawn by CSS from data-initials, not written as text: a row's text is its
  // accessible name and what a copy takes, and "ИС" in front of "Иванов Сергей" belongs to neither.
  return <span className={`avatar avatar-${size} avatar-colour-${avatarColour(contactId)}`} data-initials={initials || '#'} {...a11y} />;
}
