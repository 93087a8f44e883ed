import type { ContactsSlice } from './contactsSlice';
import type { HistorySlice } from './historySlice';
import type { NavigationSlice } from './navigationSlice';
import type { PlacesSlice } from './placesSlice';
import type { NegotiationsSlice } from './negotiationsSlice';
import type { SaveSlice } from './saveSlice';
import type { ToastSlice } from './toastSlice';
import type { TasksSlice } from './tasksSlice';
import type { WorkspaceSlice } from './workspaceSlice';

/** The one bound store: typed slices, each in its own file, combined by createAppStore. */
export type AppState = NavigationSlice & WorkspaceSlice & SaveSlice & HistorySlice & ToastSlice & ContactsSlice & PlacesSlice & NegotiationsSlice & TasksSlice;
