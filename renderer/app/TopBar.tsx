import { HistoryButtons } from './HistoryButtons';
import { SaveStatus } from './SaveStatus';
import { SearchBox } from './SearchBox';
import { SyncBadge } from '../features/sync/SyncBadge';

export function TopBar() {
  return (
    <header className="top-bar">
      <SearchBox />
      <div className="top-bar-end">
        <SaveStatus />
        <SyncBadge />
        <HistoryButtons />
      </div>
    </header>
  );
}
