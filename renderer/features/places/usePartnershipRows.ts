import { useEffect, useState } from 'react';
import type { PartnershipRow } from '../../../electron/shared/contracts/placeChannels';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

/** Every partnership, read again whenever the store moves; a string when it could not be read. */
export function usePartnershipRows(): PartnershipRow[] | string | null {
  const t = useT();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const [rows, setRows] = useState<PartnershipRow[] | string | null>(null);
  const failed = t('partnerships.loadFailed');
  useEffect(() => {
    let current = true;
    void settle(api.partnerships.list({}), failed).then((result) => {
      if (current) setRows(result.ok ? result.value : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, failed]);
  return rows;
}
