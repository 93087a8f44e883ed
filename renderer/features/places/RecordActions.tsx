import { useT } from '../../i18n/useT';

interface Props {
  onEdit: () => void;
  onDelete: () => void;
}

/** Edit and Delete under a city's or a partnership's heading. */
export function RecordActions({ onEdit, onDelete }: Props) {
  const t = useT();
  return (
    <div className="actions">
      <button type="button" className="button" onClick={onEdit}>
        {t('places.edit')}
      </button>
      <button type="button" className="button button-danger" onClick={onDelete}>
        {t('places.delete')}
      </button>
    </div>
  );
}
