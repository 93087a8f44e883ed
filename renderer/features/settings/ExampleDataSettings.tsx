import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';

/**
 * "Remove example data": the sample's records go in one undo step; what the user edited or linked
 * to their own stays, and the toast says how many and why. Shown always: with no example data
 * left, the command answers so in a sentence rather than the button vanishing unexplained.
 */
export function ExampleDataSettings() {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{t('exampleData.title')}</h2>
      <p className="muted">{t('exampleData.intro')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void store
              .getState()
              .removeExampleData()
              .finally(() => setBusy(false));
          }}
        >
          {t('exampleData.remove')}
        </button>
      </div>
    </section>
  );
}
