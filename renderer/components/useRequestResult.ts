import { useEffect, useState } from 'react';
import type { Result } from '../../electron/shared/contract';

/**
 * The answer to `load(request)` for the request as it is now: null while a changed request is
 * being asked again, so an answer to an older request is never shown as the current one.
 * `load` must be stable (useCallback); `request` is compared by its JSON.
 */
export function useRequestResult<R, V>(request: R, load: (request: R) => Promise<Result<V>>): Result<V> | null {
  const key = JSON.stringify(request);
  const [answer, setAnswer] = useState<{ key: string; result: Result<V> } | null>(null);
  useEffect(() => {
    let current = true;
    void load(request).then((result) => {
      if (current) setAnswer({ key, result });
    });
    return () => {
      current = false;
    };
  }, [load, request, key]);
  return answer?.key === key ? answer.result : null;
}
