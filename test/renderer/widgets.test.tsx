// The design system's own widgets, alone: names a screen reader says, what a click and the keys do,
// where focus goes. (Arrow keys inside the rating are the browser's own radio behaviour; the
// negotiations e2e presses them in Chromium.)
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../renderer/components/MenuButton';
import { RatingControl } from '../../renderer/components/RatingControl';
import { Stepper } from '../../renderer/components/Stepper';
import { ZoneSelect } from '../../renderer/features/places/ZoneSelect';
import { AppStoreContext } from '../../renderer/store/AppStoreContext';
import { createAppStore } from '../../renderer/store/createAppStore';
import { FakeBackend } from './fakeApi';

afterEach(cleanup);

// 'region' is left out: a widget alone is not inside a screen's landmarks.
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } }, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function Rated({ onChange }: { onChange: (value: number | null) => void }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <RatingControl
      label="Rating of Venue for Kazan"
      value={value}
      options={[0, 1, 2, 3, 4, 5]}
      noneLabel="Not rated"
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('RatingControl', () => {
  it('is one named group of choices, rated with one click and cleared with “Not rated”', async () => {
    const onChange = vi.fn();
    render(<Rated onChange={onChange} />);
    const group = screen.getByRole('radiogroup', { name: 'Rating of Venue for Kazan' });
    const radios = Array.from(group.querySelectorAll('input[type="radio"]'));
    expect(radios).toHaveLength(7);
    expect(screen.getByRole('radio', { name: 'Not rated' })).toHaveProperty('checked', true);

    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    expect(onChange).toHaveBeenLastCalledWith(4);
    expect(screen.getByRole('radio', { name: '4' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Not rated' })).toHaveProperty('checked', false);
    // One tab stop: the radios share a name, so Tab enters the group at the checked one.
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);

    fireEvent.click(screen.getByRole('radio', { name: 'Not rated' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(await violations()).toEqual([]);
  });

  it('keeps two controls apart: choosing in one leaves the other as it was', () => {
    render(
      <>
        <RatingControl label="Rating of Venue for Kazan" value={3} options={[0, 1, 2, 3, 4, 5]} onChange={() => undefined} />
        <RatingControl label="Rating of Venue for Tula" value={1} options={[0, 1, 2, 3, 4, 5]} onChange={() => undefined} />
      </>,
    );
    const kazan = screen.getByRole('radiogroup', { name: 'Rating of Venue for Kazan' });
    const tula = screen.getByRole('radiogroup', { name: 'Rating of Venue for Tula' });
    expect(kazan.querySelector('input:checked')?.closest('label')?.textContent).toBe('3');
    expect(tula.querySelector('input:checked')?.closest('label')?.textContent).toBe('1');
    expect(kazan.querySelector('input')?.getAttribute('name')).not.toBe(tula.querySelector('input')?.getAttribute('name'));
  });
});

it('shows the choice at once, before the saved value comes back, so a second one right after it counts', () => {
  const onChange = vi.fn();
  render(<RatingControl label="Rating of Venue for Kazan" value={4} options={[0, 1, 2, 3, 4, 5]} onChange={onChange} />);
  fireEvent.click(screen.getByRole('radio', { name: '3' }));
  expect(screen.getByRole('radio', { name: '3' })).toHaveProperty('checked', true);
  // Still 4 in the store: going back to 4 is a change, and is sent.
  fireEvent.click(screen.getByRole('radio', { name: '4' }));
  expect(onChange.mock.calls).toEqual([[3], [4]]);
});

describe('Stepper', () => {
  it('changes by one per click, says the value under its name, and stops at its ends', async () => {
    function Weighted() {
      const [value, setValue] = useState(9);
      return <Stepper label="Weight of Venue" value={value} min={0} max={10} lowerLabel="Lower weight of Venue" raiseLabel="Raise weight of Venue" onChange={setValue} />;
    }
    render(<Weighted />);
    const raise = screen.getByRole('button', { name: 'Raise weight of Venue' });
    fireEvent.click(raise);
    expect(screen.getByRole('status', { name: 'Weight of Venue' }).textContent).toBe('10');
    expect(raise).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Lower weight of Venue' }));
    expect(screen.getByRole('status', { name: 'Weight of Venue' }).textContent).toBe('9');
    expect(await violations()).toEqual([]);
  });

  it('steps on from the value asked for when clicked again before the change comes back', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Stepper label="Weight of Venue" value={1} min={0} max={10} lowerLabel="Lower" raiseLabel="Raise" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Raise' }));
    fireEvent.click(screen.getByRole('button', { name: 'Raise' }));
    expect(onChange.mock.calls).toEqual([[2], [3]]);
    expect(screen.getByRole('status', { name: 'Weight of Venue' }).textContent).toBe('3');
    // The saved value arrives: it is what the control shows from then on.
    rerender(<Stepper label="Weight of Venue" value={3} min={0} max={10} lowerLabel="Lower" raiseLabel="Raise" onChange={onChange} />);
    expect(screen.getByRole('status', { name: 'Weight of Venue' }).textContent).toBe('3');
  });
});

describe('MenuButton', () => {
  const choices = [
    { key: 'interested', label: 'Interested' },
    { key: 'proposal', label: 'Proposal' },
    { key: 'selected', label: 'Selected' },
  ];

  it('opens from the keyboard on its first item, moves with arrows, Home and End, and chooses with Enter', () => {
    const onChoose = vi.fn();
    render(<MenuButton label="Move Kazan to…" choices={choices} onChoose={onChoose}>⋯</MenuButton>);
    const trigger = screen.getByRole('button', { name: 'Move Kazan to…' });
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');

    fireEvent.keyDown(trigger, { key: 'ArrowDown' });
    const menu = screen.getByRole('menu', { name: 'Move Kazan to…' });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Interested');
    fireEvent.keyDown(document.activeElement ?? menu, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Proposal');
    fireEvent.keyDown(document.activeElement ?? menu, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Selected');
    fireEvent.keyDown(document.activeElement ?? menu, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Interested');
    fireEvent.keyDown(document.activeElement ?? menu, { key: 'Home' });
    fireEvent.keyDown(document.activeElement ?? menu, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Selected');

    fireEvent.keyDown(document.activeElement ?? menu, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('selected');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('closes on Escape with focus back on its button, and on a click elsewhere, choosing nothing', () => {
    const onChoose = vi.fn();
    render(
      <>
        <MenuButton label="Move Kazan to…" choices={choices} onChoose={onChoose}>⋯</MenuButton>
        <p>elsewhere</p>
      </>,
    );
    const trigger = screen.getByRole('button', { name: 'Move Kazan to…' });
    fireEvent.click(trigger);
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Interested', 'Proposal', 'Selected']);
    fireEvent.keyDown(document.activeElement ?? trigger, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger);

    fireEvent.click(trigger);
    act(() => {
      fireEvent.pointerDown(screen.getByText('elsewhere'));
    });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('chooses with a click', () => {
    const onChoose = vi.fn();
    render(<MenuButton label="Move Kazan to…" choices={choices} onChoose={onChoose}>⋯</MenuButton>);
    fireEvent.click(screen.getByRole('button', { name: 'Move Kazan to…' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Proposal' }));
    expect(onChoose).toHaveBeenCalledWith('proposal');
  });
});

const store = createAppStore(new FakeBackend().api);

function Zone({ onChange }: { onChange: (zone: string) => void }) {
  const [zone, setZone] = useState('Europe/Moscow');
  return (
    <AppStoreContext.Provider value={store}>
      <ZoneSelect
      id="zone"
      label="Time zone"
      value={zone}
      suggested={['Europe/Moscow', 'America/New_York']}
      onChange={(next) => {
        setZone(next);
        onChange(next);
      }}
      />
    </AppStoreContext.Provider>
  );
}

describe('ComboBox (the zone picker)', () => {
  it('is a named combobox; typing a city in either script lists its zone, Down and Enter pick it, focus stays in the box', async () => {
    const onChange = vi.fn();
    render(<Zone onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    expect((box as HTMLInputElement).value).toBe('Moscow (UTC+3)');
    act(() => box.focus());
    fireEvent.change(box, { target: { value: 'Волгоград' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Time zones found' });
    expect(list.querySelector('[role="option"]')?.textContent).toContain('Volgograd');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith('Europe/Volgograd');
    expect((box as HTMLInputElement).value).toBe('Volgograd (UTC+3)');
    expect(document.activeElement).toBe(box);

    // A partner city finds the zone it lies in, and says so; the arrow keys move the active option.
    fireEvent.change(box, { target: { value: 'Cleveland' } });
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('partner city Cleveland');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { selected: true }).id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith('America/New_York');
    expect(await violations()).toEqual([]);
  });

  it('Escape closes the list and keeps the choice, without reaching a dialog around it; nothing found is said', () => {
    const onChange = vi.fn();
    const outer = vi.fn();
    render(
      <div onKeyDown={outer}>
        <Zone onChange={onChange} />
      </div>,
    );
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    fireEvent.change(box, { target: { value: 'Atlantisgrad' } });
    expect(screen.getByRole('listbox').textContent).toContain('No time zone has a city by that name');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(outer).not.toHaveBeenCalled();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('Moscow (UTC+3)');
    expect(onChange).not.toHaveBeenCalled();
    // Closed, Escape is the dialog's again.
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(outer).toHaveBeenCalledTimes(1);
  });
});
