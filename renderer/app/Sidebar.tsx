import { useT } from '../i18n/useT';
import { useAppStore } from '../store/useAppStore';
import { sections } from './sections';

export function Sidebar() {
  const t = useT();
  const current = useAppStore((s) => s.section);
  const navigate = useAppStore((s) => s.navigate);
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <p className="brand">{t('app.title')}</p>
      <ul>
        {sections.map(({ id, titleKey, icon: Icon }) => (
          <li key={id}>
            <button type="button" className="nav-button" aria-current={id === current ? 'page' : undefined} onClick={() => navigate(id)}>
              {Icon && <Icon />}
              <span>{t(titleKey)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
