import type { Dialog } from 'electron';
import { WorkspaceLockedError } from '../core/store/WorkspaceLockedError';
import { en } from '../shared/i18n/en';
import { phraseText } from '../shared/i18n/Phrase';
import { ru } from '../shared/i18n/ru';
import { translate } from '../shared/i18n/translate';

/**
 * Opens the workspace, but a lock left by a Liaison that is proven gone (it crashed, or the
 * computer restarted) is not taken silently: the user is told who held it and since when, and
 * chooses "Open anyway" or Quit. Resolves null on Quit; any other refusal is thrown as it is.
 */
export async function openAskingAboutLock<T>(
  open: (takeOver: 'ask' | 'auto') => Promise<T>,
  dialog: Pick<Dialog, 'showMessageBox'>,
  osLocale: string,
): Promise<T | null> {
  try {
    return await open('ask');
  } catch (error) {
    if (!(error instanceof WorkspaceLockedError) || !error.holderGone) throw error;
    const locale = osLocale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
    const catalog = locale === 'ru' ? ru : en;
    const t = (key: Parameters<typeof translate>[2], params?: Parameters<typeof translate>[3]) => translate(catalog, locale, key, params);
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: t('launch.notClosedTitle'),
      message: t('launch.notClosedTitle'),
      detail: phraseText(t, error.phrase, locale) ?? error.message,
      buttons: [t('launch.openAnyway'), t('launch.quit')],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    return response === 0 ? open('auto') : null;
  }
}
