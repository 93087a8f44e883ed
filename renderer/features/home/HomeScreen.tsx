import { useT } from '../../i18n/useT';
import { homeCards } from './homeCards';

export function HomeScreen() {
  const t = useT();
  return (
    <div className="screen home">
      <h1>{t('home.title')}</h1>
      <div className="card-grid">
        {homeCards.map(({ id, component: Card }) => (
          <Card key={id} />
        ))}
      </div>
    </div>
  );
}
