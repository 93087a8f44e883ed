import { useAppStoreApi } from '../../store/useAppStore';

/** A contact's name as a link-styled button that opens the contact on the contacts screen (Home's cards). */
export function ContactLink({ id, name }: { id: string; name: string }) {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        const state = store.getState();
        state.navigate('contacts');
        state.selectContact(id);
      }}
    >
      {name}
    </button>
  );
}
