import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderApp } from './renderApp';

afterEach(() => {
  vi.useRealTimers();
});

const stack = () => screen.getByTestId('toast');
const advance = (ms: number): void => {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
};

describe('toasts', () => {
  it('leave by themselves, later when they carry Undo, and stack instead of replacing each other', async () => {
    const { store } = await renderApp(new FakeBackend());
    vi.useFakeTimers();
    act(() => store.getState().showToast({ message: 'Exported 3 contacts.' }));
    act(() => store.getState().showToast({ message: 'Added contact Collins Jennifer.', undo: true }));
    expect(within(stack()).getByText('Exported 3 contacts.')).toBeTruthy();
    expect(within(stack()).getByText('Added contact Collins Jennifer.')).toBeTruthy();

    advance(5_100);
    expect(within(stack()).queryByText('Exported 3 contacts.')).toBeNull();
    expect(within(stack()).getByRole('button', { name: 'Undo' })).toBeTruthy();
    advance(5_000);
    expect(stack().textContent).toBe('');
  });

  it('stay while the pointer rests on them or focus is inside, and F8 reaches them from the keyboard', async () => {
    const { store } = await renderApp(new FakeBackend());
    vi.useFakeTimers();
    act(() => store.getState().showToast({ message: 'Merged Ivanova Maria.', undo: true }));
    const region = screen.getByRole('region', { name: 'Notifications' });
    advance(4_000);
    fireEvent.mouseEnter(region);
    advance(60_000);
    expect(within(stack()).getByText('Merged Ivanova Maria.')).toBeTruthy();
    fireEvent.mouseLeave(region);

    fireEvent.keyDown(window, { key: 'F8' });
    expect(document.activeElement?.textContent).toBe('Undo');
    advance(60_000);
    expect(within(stack()).getByText('Merged Ivanova Maria.')).toBeTruthy();
    fireEvent.blur(document.activeElement as HTMLElement, { relatedTarget: document.body });
    advance(5_900);
    expect(within(stack()).getByText('Merged Ivanova Maria.')).toBeTruthy();
    advance(200);
    expect(stack().textContent).toBe('');
  });

  it('offers Undo only on the newest toast: Undo always takes back the last change', async () => {
    const { store } = await renderApp(new FakeBackend());
    act(() => store.getState().showToast({ message: 'Tagged 2 contacts.', undo: true }));
    act(() => store.getState().showToast({ message: 'Deleted Smith Ann.', undo: true }));
    expect(within(stack()).getAllByRole('button', { name: 'Undo' })).toHaveLength(1);
    expect(within(stack()).getByRole('button', { name: 'Undo' }).closest('.toast')?.textContent).toContain('Deleted Smith Ann.');
  });
});
