import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderApp } from './renderApp';

describe('the maintenance line of the banner', () => {
  it('shows the last background compaction failure from workspace:status, beside no recovery', async () => {
    const backend = new FakeBackend();
    const message = 'The journal could not be folded into liaison.json: the disk is full. Nothing is lost.';
    backend.statusOverrides = { maintenance: { message, at: '2026-11-28T10:00:00.000Z' } };
    await renderApp(backend);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Saved changes could not be folded into the workspace file');
    expect(alert.textContent).toContain(message);
    expect(alert.textContent).not.toContain('Your workspace was recovered');
  });

  it('shows nothing when the last compaction went well', async () => {
    const backend = new FakeBackend();
    backend.statusOverrides = { maintenance: null };
    await renderApp(backend);
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
