import { useId, type ReactNode } from 'react';
import './emptyState.css';

interface Action {
  label: string;
  onClick: () => void;
}

interface Props {
  /** What the screen holds when it has something ("No conferences yet"). */
  title: string;
  /** What the screen is for, in a sentence or two. */
  children: ReactNode;
  /** The first thing to do here; drawn as the primary button. */
  action?: Action;
  /** A second way in (open the sample, import a file). */
  secondary?: Action;
  /** Heading level inside the screen: 2 on a screen, 3 inside a panel. */
  level?: 2 | 3;
}

/**
 * An empty screen that leads (UX.md, "Every empty screen leads"): what this place is for and the
 * first action, instead of a grey "nothing here". A named region, so a screen reader announces it.
 */
export function EmptyState({ title, children, action, secondary, level = 2 }: Props) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="empty-state-title">
        {title}
      </Heading>
      <div className="empty-state-text">{children}</div>
      {(action || secondary) && (
        <div className="empty-state-actions">
          {action && (
            <button type="button" className="button button-primary" onClick={action.onClick}>
              {action.label}
            </button>
          )}
          {secondary && (
            <button type="button" className="button" onClick={secondary.onClick}>
              {secondary.label}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
