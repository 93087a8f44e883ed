import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

/** After a city or partnership dialog saves: close it, select the record, and offer Undo. */
export function useSavedPlace(close: () => void, select: (id: string) => void): (saved: { id: string; summary: string }) => void {
  const t = useT();
  const store = useAppStoreApi();
  return ({ id, summary }) => {
    close();
    select(id);
    store.getState().showToast({ message: t('places.saved', { summary }), undo: true });
  };
}
