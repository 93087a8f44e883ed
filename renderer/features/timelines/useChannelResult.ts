import { useEffect, useState } from 'react';
import type { Result } from '../../../electron/shared/contract';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

/**
 * Reads one channel and reads it again whenever the store moves on (a save here, a CLI change
 * pushed by store:changed) or `key` changes. Null until the first answer; a failed read is a
 * Result with the sentence to show.
 */
export function useChannelResult<T>(read: (() => Promise<Result<T>>) | null, key: string): Result<T> | null {
  const dataVersion = useAppStore((s) => s.dataVersion);
  const failed = useT()('error.requestFailed');
  const [result, setResult] = useState<{ key: string; value: Result<T> } | null>(null);
  useEffect(() => {
    if (!read) return;
    let current = true;
    void settle(read(), failed).then((value) => {
      if (current) setResult({ key, value });
    });
    return () => {
      current = false;
    };
    // `read` is rebuilt every render; `key` names what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, dataVersion, failed]);
  // An answer for another key is stale: show nothing rather than the wrong conference.
  return result && result.key === key ? result.value : null;
}
