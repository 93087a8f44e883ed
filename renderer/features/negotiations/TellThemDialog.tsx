import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';
import type { TellThem } from '../../store/negotiationsSlice';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { LogInteractionForm } from './LogInteractionForm';
import { useFormats } from './useFormats';

/**
 * Offered right after a selection: each city still in the race has a "tell them" step due in a
 * week. Writing now logs the letter with that city and marks its step done in one save; "Later"
 * leaves the steps on the home screen.
 */
export function TellThemDialog({ tellThem }: { tellThem: TellThem }) {
  const t = useT();
  const store = useAppStoreApi();
  const showToast = useAppStore((s) => s.showToast);
  const formats = useFormats();
  const titleId = useId();
  const [writing, setWriting] = useState<TellThem['tasks'][number] | null>(null);
  const [written, setWritten] = useState<string[]>([]);
  const close = () => store.getState().setTellThem(null);

  if (writing) {
    return (
      // Keyed apart from the list, so focus moves into the form and back into the list.
      <Dialog key="write" titleId={titleId} onCancel={() => setWriting(null)} className="neg-dialog">
        <LogInteractionForm
          titleId={titleId}
          title={t('neg.tell.writeTitle', { city: writing.city })}
          context={{ candidacyId: writing.candidacyId, conferenceId: tellThem.conferenceId, cityId: writing.cityId, city: writing.city }}
          preset={{
            kind: 'letter',
            subject: t('neg.tell.subject', { conference: tellThem.conference }),
            notes: t('neg.tell.notes', { host: tellThem.host, conference: tellThem.conference }),
          }}
          completesTaskId={writing.taskId}
          onCancel={() => setWriting(null)}
          onSaved={() => {
            setWritten((done) => [...done, writing.taskId]);
            showToast({ message: t('neg.tell.written', { city: writing.city }), undo: true });
            setWriting(null);
          }}
        />
      </Dialog>
    );
  }

  return (
    <Dialog key="list" titleId={titleId} onCancel={close} className="neg-dialog">
      <h2 id={titleId}>{t('neg.tell.title', { host: tellThem.host })}</h2>
      <p>{t('neg.tell.intro', { count: tellThem.tasks.length })}</p>
      <ul className="neg-tell-list">
        {tellThem.tasks.map((task) => (
          <li key={task.taskId}>
            <span>
              {t('neg.tell.task', { city: task.city })} <span className="muted">{t('neg.due', { date: formats.day(task.due) })}</span>
            </span>
            {written.includes(task.taskId) ? (
              <span className="badge">{t('neg.tell.done')}</span>
            ) : (
              <button type="button" className="button" aria-label={t('neg.tell.writeNowLabel', { city: task.city })} onClick={() => setWriting(task)}>
                {t('neg.tell.writeNow')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={close}>
          {written.length === tellThem.tasks.length ? t('neg.tell.close') : t('neg.tell.later')}
        </button>
      </div>
    </Dialog>
  );
}
