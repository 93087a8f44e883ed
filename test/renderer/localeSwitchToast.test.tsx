import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderApp } from './renderApp';

describe('switching the language', () => {
  it('takes away a toast said in the old language, and keeps one when another setting changes', async () => {
    const { store } = await renderApp(new FakeBackend());
    act(() => store.getState().showToast({ message: 'The sample workspace is open.' }));
    expect(screen.getByTestId('toast').textContent).toContain('The sample workspace is open.');

    await act(async () => {
      await store.getState().saveSetting({ theme: 'dark' });
    });
    expect(screen.getByTestId('toast').textContent).toContain('The sample workspace is open.');

    await act(async () => {
      await store.getState().saveSetting({ locale: 'ru' });
    });
    await waitFor(() => expect(screen.getAllByText('Контакты').length).toBeGreaterThan(0));
    expect(screen.getByTestId('toast').textContent).not.toContain('The sample workspace is open.');
  });
});
