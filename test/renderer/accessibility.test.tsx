import { fireEvent, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

/**
 * axe-core over the rendered DOM. happy-dom has no layout or cascade, so colour contrast is left
 * to the e2e run in Chromium; roles, names, labels and ARIA wiring are checked here.
 */
async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it('home with the sample offer and a recovery banner has no serious violations', async () => {
    const backend = new FakeBackend();
    backend.statusOverrides = { recovery: 'The workspace was restored from a backup.' };
    await renderApp(backend);
    await screen.findByRole('button', { name: 'Open sample workspace' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('contacts with a selection and the open form have no serious violations', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(40);
    await renderContacts(backend);
    fireEvent.click(await screen.findByRole('option', { name: /^Фамилия00001/ }));
    await screen.findByRole('button', { name: 'Edit' });
    expect(await seriousViolations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(dialog.querySelector('[aria-invalid="true"]')).not.toBeNull());
    expect(await seriousViolations()).toEqual([]);
  });
});
