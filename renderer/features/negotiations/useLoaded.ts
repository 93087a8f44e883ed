import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../electron/shared/contract';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** The failure's code, so a caller can react to a record that is gone ("not-found"). */
  code: string | null;
}

/**
 * Reads one query and reads it again whenever the store moves (a write here, the CLI, an undo).
 * `key` names what is read: while it stays the same the last answer stays on screen during a
 * refresh; a new key starts empty. A null key reads nothing.
 */
export function useLoaded<T>(key: string | null, load: () => Promise<Result<T>>): Loaded<T> {
  const t = useT();
  const failed = t('error.requestFailed');
  const dataVersion = useAppStore((s) => s.dataVersion);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null; code: string | null } | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    void settle(latest.current(), failed).then((result) => {
      if (!current) return;
      if (result.ok) setState({ key, data: result.value, error: null, code: null });
      else setState((previous) => ({ key, data: previous?.key === key ? previous.data : null, error: result.error.message, code: result.error.code }));
    });
    return () => {
      current = false;
    };
  }, [key, dataVersion, failed]);

  if (!state || state.key !== key) return { data: null, error: null, code: null };
  return { data: state.data, error: state.error, code: state.code };
}
