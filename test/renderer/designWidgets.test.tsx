// More of the design system's widgets, alone: the chips field (tags, cities, partnerships in the
// contact form), the avatar and the empty state: what a screen reader says, what the keys do.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Avatar } from '../../renderer/components/Avatar';
import { ChipsField, type Chip } from '../../renderer/components/ChipsField';
import { EmptyState } from '../../renderer/components/EmptyState';
import { AppStoreContext } from '../../renderer/store/AppStoreContext';
import { createAppStore } from '../../renderer/store/createAppStore';
import { FakeBackend } from './fakeApi';

afterEach(cleanup);

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function Tags({ onSubmit }: { onSubmit: () => void }) {
  const [chips, setChips] = useState<Chip[]>([{ key: 'a', label: 'host city' }]);
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ChipsField
        id="tags"
        label="Tags"
        listLabel="Tags chosen"
        removeLabel={(chip) => `Remove ${chip.label}`}
        chips={chips}
        text={text}
        options={['example', 'US committee']}
        onText={setText}
        onAdd={(added) => {
          setChips((old) => [...old, { key: added, label: added }]);
          setText('');
        }}
        onRemove={(gone) => setChips((old) => old.filter((c) => c.key !== gone.key))}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('ChipsField', () => {
  it('adds what was typed with Enter without submitting the form, and names each chip’s remove button', async () => {
    const onSubmit = vi.fn();
    render(<Tags onSubmit={onSubmit} />);
    const input = screen.getByRole('combobox', { name: 'Tags' });
    fireEvent.change(input, { target: { value: '  partner  ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSubmit).not.toHaveBeenCalled();
    const list = screen.getByRole('list', { name: 'Tags chosen' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['host city×', 'partner×']);
    expect((input as HTMLInputElement).value).toBe('');
    // Enter on an empty box adds nothing.
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove host city' }));
    expect(within(screen.getByRole('list', { name: 'Tags chosen' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['partner×']);
    expect(await violations()).toEqual([]);
  });
});

describe('EmptyState', () => {
  it('is a region named by its title, with the first action as its primary button', async () => {
    const create = vi.fn();
    const sample = vi.fn();
    render(
      <main>
        <EmptyState title="No conferences yet" action={{ label: 'New conference', onClick: create }} secondary={{ label: 'Open sample workspace', onClick: sample }}>
          Plan a conference: its date, its host city, its milestones.
        </EmptyState>
      </main>,
    );
    const region = screen.getByRole('region', { name: 'No conferences yet' });
    expect(within(region).getByRole('heading', { level: 2, name: 'No conferences yet' })).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'New conference' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Open sample workspace' }));
    expect([create.mock.calls.length, sample.mock.calls.length]).toEqual([1, 1]);
    expect(within(region).getByRole('button', { name: 'New conference' }).className).toContain('button-primary');
    expect(await violations()).toEqual([]);
  });
});

describe('Avatar', () => {
  it('is an image named after the contact, initials on a colour of its id, or hidden beside a name', async () => {
    const store = createAppStore(new FakeBackend().api);
    render(
      <AppStoreContext.Provider value={store}>
        <Avatar contactId="00000000-0000-4000-8000-000000000001" name="Иванова Мария" photo={null} size="large" />
        <Avatar contactId="00000000-0000-4000-8000-000000000002" name="Jennifer Collins" photo={null} size="small" decorative />
        <Avatar contactId="00000000-0000-4000-8000-000000000003" name="Casey Sample" photo={null} size="small" dataUrl="data:image/png;base64,iVBORw0KGgo=" />
      </AppStoreContext.Provider>,
    );
    const maria = screen.getByRole('img', { name: 'Иванова Мария' });
    expect(maria.getAttribute('data-initials')).toBe('ИМ');
    expect(maria.className).toMatch(/avatar-colour-\d/);
    // The initials are not text: a row's text (its accessible name) is the name alone.
    expect(maria.textContent).toBe('');
    expect(screen.queryByRole('img', { name: 'Jennifer Collins' })).toBeNull();
    expect(document.querySelector('[aria-hidden="true"][data-initials]')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Casey Sample' }).tagName).toBe('IMG');
    expect(await violations()).toEqual([]);
  });
});
