import { Component, Suspense, type ReactNode } from 'react';
import type { createT } from '../i18n/createT';

interface Props {
  t: ReturnType<typeof createT>;
  children: ReactNode;
}

interface State {
  message: string | null;
}

/**
 * Around the current section (keyed by its id, so another section starts clean): a screen whose
 * chunk is still loading shows a quiet line, and one that failed to load or render shows a
 * sentence in place of a blank window while the sidebar stays usable. React offers this only as
 * a class component.
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[section] failed', error);
  }

  override render(): ReactNode {
    const { t, children } = this.props;
    if (this.state.message !== null) {
      return (
        <p className="banner banner-error" role="alert">
          {t('app.screenFailed', { message: this.state.message })}
        </p>
      );
    }
    return <Suspense fallback={<p className="muted">{t('app.screenLoading')}</p>}>{children}</Suspense>;
  }
}
