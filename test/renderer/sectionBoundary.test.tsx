import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SectionBoundary } from '../../renderer/app/SectionBoundary';
import { lazySection } from '../../renderer/app/lazySection';
import { createT } from '../../renderer/i18n/createT';

function Broken(): never {
  throw new Error('the screen broke');
}

describe('a section that fails', () => {
  it('says so in a sentence instead of a blank window, and the next section starts clean', async () => {
    const t = createT('en');
    const { rerender } = render(
      <SectionBoundary key="timelines" t={t}>
        <Broken />
      </SectionBoundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This screen could not be shown: the screen broke. Your data is not affected; choose another section or restart Liaison.',
    );
    rerender(
      <SectionBoundary key="home" t={t}>
        <p>Home</p>
      </SectionBoundary>,
    );
    expect(screen.getByText('Home')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('whose chunk cannot be loaded says so in Russian too', async () => {
    const Missing = lazySection<'MissingScreen'>(() => Promise.reject(new Error('chunk not found')), 'MissingScreen');
    render(
      <SectionBoundary t={createT('ru')}>
        <Missing />
      </SectionBoundary>,
    );
    expect(screen.getByText('Загрузка…')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('Не удалось показать этот раздел: chunk not found.');
  });
});
