import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { App } from '../../renderer/app/App';
import { createAppStore, type AppStore } from '../../renderer/store/createAppStore';
import { FakeBackend } from './fakeApi';

/** happy-dom lays nothing out: give the list's scroll box a height so the virtualizer shows rows. */
export const LIST_VIEWPORT_HEIGHT = 600;
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('contact-list') ? LIST_VIEWPORT_HEIGHT : ((clientHeight?.get?.call(this) as number | undefined) ?? 0);
  },
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('contact-list') ? 800 : ((clientWidth?.get?.call(this) as number | undefined) ?? 0);
  },
});

// ...and a scroll height from the virtualizer's sizer, so scrolling to a row is not clamped to 0.
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get(this: HTMLElement) {
    const sizer = this.classList.contains('contact-list') ? this.firstElementChild : null;
    return sizer instanceof HTMLElement ? parseFloat(sizer.style.height) || 0 : 0;
  },
});

afterEach(() => {
  cleanup();
  delete window.api;
});

export interface Rendered {
  backend: FakeBackend;
  store: AppStore;
}

/** Mounts the whole app over a fresh store and a fake backend, and waits for the first status. */
export async function renderApp(backend = new FakeBackend(), options: { section?: string } = {}): Promise<Rendered> {
  const store = createAppStore(backend.api, options);
  render(<App store={store} />);
  await waitFor(() => expect(store.getState().status).not.toBeNull());
  return { backend, store };
}

/** Mounts the app on the contacts section and waits for the list (or its empty message). */
export async function renderContacts(backend = new FakeBackend()): Promise<Rendered> {
  const rendered = await renderApp(backend, { section: 'contacts' });
  await waitFor(() => expect(rendered.backend.callsTo('contacts:list').length).toBeGreaterThan(0));
  if (backend.contacts.size > 0) await screen.findByRole('listbox', { name: 'Contact list' });
  return rendered;
}
