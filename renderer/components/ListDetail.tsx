import type { ReactNode } from 'react';

interface Props {
  /** Why the list could not be loaded; null once it has. */
  error: string | null;
  /** The selected record's detail; null shows `selectPrompt` in its place. */
  detail: ReactNode;
  selectPrompt: string;
  /** The list pane: the records, or the line saying there are none. */
  children: ReactNode;
}

/** A list screen's body: a load failure, then the list beside the selected record. */
export function ListDetail({ error, detail, selectPrompt, children }: Props) {
  return (
    <>
      {error !== null && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div className="contacts-body">
        <div className="contacts-list-pane">{children}</div>
        {detail ?? (
          <aside className="detail detail-empty">
            <p className="muted">{selectPrompt}</p>
          </aside>
        )}
      </div>
    </>
  );
}
