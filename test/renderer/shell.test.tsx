import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { FakeBackend } from './fakeApi';
import { renderApp } from './renderApp';

describe('the app shell', () => {
  it('says so when window.api is missing', () => {
    delete window.api;
    render(<App />);
    expect(screen.getByRole('alert').textContent).toBe('Liaison could not reach its data. Restart the app.');
  });

  it('uses window.api when the preload provided it', async () => {
    const backend = new FakeBackend();
    window.api = backend.api;
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    await waitFor(() => expect(backend.callsTo('workspace:status').length).toBeGreaterThan(0));
  });

  it('shows the recovery sentence as an alert on every section until dismissed', async () => {
    const backend = new FakeBackend();
    const sentence = 'The workspace file was damaged; Liaison moved it aside and opened the backup from 10:00 today.';
    backend.statusOverrides = { recovery: sentence };
    await renderApp(backend);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your workspace was recovered');
    expect(alert.textContent).toContain(sentence);

    fireEvent.click(screen.getByRole('button', { name: 'Contacts' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(sentence);

    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('routes by section id and remembers the section in settings', async () => {
    const backend = new FakeBackend();
    const { store } = await renderApp(backend);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('button', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(within(nav).getByRole('button', { name: 'Contacts' }));
    expect(store.getState().section).toBe('contacts');
    expect(within(nav).getByRole('button', { name: 'Contacts' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(backend.callsTo('settings:set')).toEqual([{ lastSection: 'contacts' }]));
  });

  it('reopens on the remembered section', async () => {
    const backend = new FakeBackend();
    backend.settings = { ...backend.settings, lastSection: 'contacts' };
    window.api = backend.api;
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Contacts' })).toBeTruthy();
  });
});

describe('the home screen', () => {
  it('offers the sample in an empty workspace, and opens it', async () => {
    const backend = new FakeBackend();
    await renderApp(backend);
    expect(await screen.findByText('Data folder: /home/rep/Liaison/workspace')).toBeTruthy();
    expect(await screen.findByText('0 contacts')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open sample workspace' }));
    await waitFor(() => expect(backend.callsTo('workspace:openSample')).toEqual([{}]));
    expect(await screen.findByText('The sample workspace is open.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open sample workspace' })).toBeNull());
    expect(await screen.findByText('1 contact')).toBeTruthy();
  });

  it('does not offer the sample again once offered', async () => {
    const backend = new FakeBackend();
    backend.settings = { ...backend.settings, sampleOffered: true };
    await renderApp(backend);
    await screen.findByText('0 contacts');
    expect(screen.queryByRole('button', { name: 'Open sample workspace' })).toBeNull();
  });

  it('Add contact opens the contact form on the contacts section', async () => {
    const { store } = await renderApp(new FakeBackend());
    fireEvent.click(await screen.findByRole('button', { name: 'Add contact' }));
    expect(await screen.findByRole('dialog', { name: 'New contact' })).toBeTruthy();
    expect(store.getState().section).toBe('contacts');
  });
});
