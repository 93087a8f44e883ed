import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** "12 cities"; left out until the list has loaded. */
  count: string | null;
  newLabel: string;
  onNew: () => void;
  /** Controls shown before the New button (a search box). */
  children?: ReactNode;
}

/** The header of a list screen: its title, how many records it holds, and the button adding one. */
export function ListHeader({ title, count, newLabel, onNew, children }: Props) {
  return (
    <header className="screen-header">
      <h1>{title}</h1>
      {count !== null && <p className="muted">{count}</p>}
      <div className="screen-header-end">
        {children}
        {/* The menu's and the palette's "New record" command clicks this button. */}
        <button data-command="new-record" type="button" className="button button-primary" onClick={onNew}>
          {newLabel}
        </button>
      </div>
    </header>
  );
}
