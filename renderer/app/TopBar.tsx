import { HistoryButtons } from './HistoryButtons';
import { SaveStatus } from './SaveStatus';
import { SearchBox } from './SearchBox';

export function TopBar() {
  return (
    <header className="top-bar">
      <SearchBox />
      <div className="top-bar-end">
        <SaveStatus />
        <HistoryButtons />
      </div>
    </header>
  );
}
