import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExportPreview } from '../../electron/shared/contracts/exportChannels';
import type { ImportPreview } from '../../electron/shared/contracts/importChannels';
import { FakeBackend } from './fakeApi';
import { renderApp, renderContacts } from './renderApp';

const sessionId = '00000000-0000-4000-8000-0000000000aa';

function previewOf(count: number): ExportPreview {
  return {
    format: 'vcard3',
    count,
    rows: [{ name: 'Иванова Мария Петровна', latinName: 'Mariia Ivanova', organization: 'Администрация', title: '', emails: ['m@example.org'], phones: ['+7 902'], tags: ['summit'] }],
    text: 'BEGIN:VCARD\nVERSION:3.0',
    warnings: [],
    fileName: 'contacts.vcf',
  };
}

describe('the export dialog', () => {
  it('previews what the file reads back as, follows the format, and saves through the dialog', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    backend.answers.set('export:preview', () => previewOf(3));
    backend.answers.set('export:save', () => ({ saved: true, path: '/home/rep/contacts.csv', count: 3, bytes: 900 }));
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    await within(dialog).findByText('The file will hold 3 contacts.');
    expect(within(dialog).getByRole('cell', { name: 'Иванова Мария Петровна' })).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'All contacts' })).toHaveProperty('checked', true);

    fireEvent.change(within(dialog).getByLabelText('Format'), { target: { value: 'csv-excel-ru' } });
    const bom = within(dialog).getByRole('checkbox', { name: 'Start the file with a byte-order mark (BOM)' });
    expect(bom).toHaveProperty('checked', true);
    expect(bom).toHaveProperty('disabled', true);
    await waitFor(() => expect(backend.callsTo('export:preview').at(-1)).toMatchObject({ format: 'csv-excel-ru', options: { bom: true } }));

    fireEvent.change(within(dialog).getByLabelText('Format'), { target: { value: 'csv' } });
    fireEvent.change(within(dialog).getByLabelText('Separator'), { target: { value: ';' } });
    await waitFor(() => expect(backend.callsTo('export:preview').at(-1)).toMatchObject({ format: 'csv', options: { bom: false, delimiter: ';' } }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export contacts' })).toBeNull());
    expect(backend.callsTo('export:save')).toEqual([{ selection: { mode: 'query', query: '', tags: [], exclude: [] }, format: 'csv', options: { bom: false, delimiter: ';' } }]);
    expect(screen.getByTestId('toast').textContent).toContain('Exported 3 contacts to /home/rep/contacts.csv.');
  });

  it('opens on the selection the bulk toolbar hands over, and clears the hand-off when closed', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(3);
    backend.answers.set('export:preview', () => previewOf(2));
    const { store } = await renderContacts(backend);
    const selection = { mode: 'ids' as const, ids: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'] };
    act(() => store.getState().requestExport(selection));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    expect(within(dialog).getByRole('radio', { name: 'The selected contacts' })).toHaveProperty('checked', true);
    await waitFor(() => expect(backend.callsTo('export:preview').at(-1)).toMatchObject({ selection }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export contacts' })).toBeNull());
    expect(store.getState().exportRequest).toBeNull();
  });

  it('says when nothing matches and keeps Save disabled; shows a refusal beside the buttons', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1);
    backend.answers.set('export:preview', () => ({ ...previewOf(0), rows: [] }));
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    await within(dialog).findByText(/No contact matches/);
    expect(within(dialog).getByRole('button', { name: 'Save…' })).toHaveProperty('disabled', true);
  });
});

describe('the import dialog', () => {
  it('maps arbitrary CSV columns, asks about same-name contacts, and imports as one step', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(1);
    backend.answers.set('import:choose', () => ({
      opened: true,
      sessionId,
      name: 'list.csv',
      kind: 'csv',
      encoding: 'Windows-1251',
      encodingLabel: 'windows-1251',
      encodingChosen: false,
      recordCount: 2,
      csv: { headers: ['ФИО', 'Почта', 'Заметка'], samples: [['Иванова Мария', 'm@example.org', 'VIP']], targets: ['fullName', 'email:1:value', 'ignore'], flavour: 'generic', delimiter: ';', hasHeader: true, firstRowLooksLikeData: false },
    }));
    const preview = (input: unknown): ImportPreview => ({
      total: 2,
      created: 1,
      merged: 0,
      skipped: 0,
      rejected: [{ at: 'line 3', reason: '“x@” is not an email address.' }],
      fuzzyMatches: [{ at: 'line 2', name: 'Иванова Мария', email: 'm@example.org', existing: { id: 'x', name: 'Иванова Мария Петровна', email: '' }, decision: 'create' }],
      notes: (input as { targets?: string[] }).targets?.[2] === 'ignore' ? ['Not imported (no Liaison field chosen): “Заметка”.'] : [],
      rows: [{ at: 'line 2', action: 'create', name: 'Иванова Мария', latinName: '', organization: '', email: 'm@example.org', phone: '', detail: '' }],
    });
    backend.answers.set('import:preview', preview);
    backend.answers.set('import:apply', () => ({ version: 5, summary: 'Import 1 contact from list.csv', created: 1, merged: 0, skipped: 0, rejected: [] }));
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import contacts from list.csv' });
    expect(within(dialog).getByText(/CSV file, Windows-1251/)).toBeTruthy();
    await within(dialog).findByText('Not imported (no Liaison field chosen): “Заметка”.');
    expect(within(dialog).getByText('line 3: “x@” is not an email address.')).toBeTruthy();

    const notes = within(dialog).getByLabelText('Import column “Заметка” into');
    expect(notes).toHaveProperty('value', 'ignore');
    fireEvent.change(notes, { target: { value: 'notes' } });
    await waitFor(() => expect(backend.callsTo('import:preview').at(-1)).toMatchObject({ sessionId, targets: ['fullName', 'email:1:value', 'notes'] }));
    await waitFor(() => expect(within(dialog).queryByText(/Заметка”\.$/)).toBeNull());

    const fuzzy = within(dialog).getByLabelText('Иванова Мария (line 2) is like Иванова Мария Петровна');
    fireEvent.change(fuzzy, { target: { value: 'merge' } });
    await waitFor(() => expect(backend.callsTo('import:preview').at(-1)).toMatchObject({ decisions: { 'line 2': 'merge' } }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Import contacts/ })).toBeNull());
    expect(backend.callsTo('import:apply')).toEqual([{ sessionId, targets: ['fullName', 'email:1:value', 'notes'], decisions: { 'line 2': 'merge' } }]);
    expect(screen.getByTestId('toast').textContent).toContain('Import 1 contact from list.csv.');
  });

  it('says where each record was in the window\'s language, while decisions stay keyed by the record', async () => {
    const backend = new FakeBackend();
    backend.settings = { ...backend.settings, locale: 'ru' };
    backend.seedContacts(1);
    backend.answers.set('import:choose', () => ({
      opened: true,
      sessionId,
      name: 'list.csv',
      kind: 'csv',
      encoding: 'UTF-8',
      encodingLabel: 'utf-8',
      encodingChosen: false,
      recordCount: 2,
      csv: { headers: ['ФИО', 'Почта'], samples: [['Иванова Мария', 'm@example.org']], targets: ['fullName', 'email:1:value'], flavour: 'generic', delimiter: ';', hasHeader: true, firstRowLooksLikeData: false },
    }));
    backend.answers.set('import:preview', (): ImportPreview => ({
      total: 2,
      created: 1,
      merged: 0,
      skipped: 0,
      rejected: [{ at: 'line 3', reason: 'x' }],
      fuzzyMatches: [{ at: 'line 2', name: 'Иванова Мария', email: '', existing: { id: 'x', name: 'Иванова Мария Петровна', email: '' }, decision: 'create' }],
      notes: [],
      rows: [{ at: 'card 2', action: 'create', name: 'Иванова Мария', latinName: '', organization: '', email: '', phone: '', detail: '' }],
    }));
    await renderApp(backend, { section: 'contacts' });
    fireEvent.click(await screen.findByRole('button', { name: 'Импорт…' }));
    const dialog = await screen.findByRole('dialog', { name: /list\.csv/ });
    expect(await within(dialog).findByText('строка 3: x')).toBeTruthy();
    expect(within(dialog).getByRole('cell', { name: 'карточка 2' })).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Иванова Мария (строка 2) похож на Иванова Мария Петровна'), { target: { value: 'skip' } });
    await waitFor(() => expect(backend.callsTo('import:preview').at(-1)).toMatchObject({ decisions: { 'line 2': 'skip' } }));
  });

  it('shows the guessed encoding, reads the file again in another one with a live preview, and asks about a first row that looks like a contact', async () => {
    const backend = new FakeBackend();
    const opened = (encoding: string, encodingLabel: string, header: string, hasHeader: boolean) => ({
      opened: true,
      sessionId,
      name: 'list.csv',
      kind: 'csv',
      encoding,
      encodingLabel,
      encodingChosen: encodingLabel !== 'windows-1251',
      recordCount: 2,
      csv: { headers: [header, ''], samples: [['x', 'a@example.org']], targets: ['fullName', 'email:1:value'], flavour: 'generic', delimiter: ',', hasHeader, firstRowLooksLikeData: true },
    });
    backend.answers.set('import:choose', () => opened('Windows-1251', 'windows-1251', 'юФЙЕ', false));
    backend.answers.set('import:reread', (input) => {
      const { encoding, header } = input as { encoding?: string; header?: boolean };
      return encoding === 'koi8-r' ? opened('KOI8-R', 'koi8-r', 'Имя', false) : opened('KOI8-R', 'koi8-r', 'Имя', header ?? false);
    });
    backend.answers.set('import:preview', (): ImportPreview => ({ total: 2, created: 2, merged: 0, skipped: 0, rejected: [], fuzzyMatches: [], notes: [], rows: [] }));
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import contacts from list.csv' });
    const picker = within(dialog).getByLabelText('Encoding (as read from the file)');
    expect(picker).toHaveProperty('value', 'windows-1251');
    expect(within(dialog).getByText('юФЙЕ')).toBeTruthy();
    expect(within(dialog).getByText('Column 2')).toBeTruthy();
    expect(within(dialog).getByText(/looks like a contact/)).toBeTruthy();

    fireEvent.change(picker, { target: { value: 'koi8-r' } });
    await within(dialog).findByText('Имя');
    expect(backend.callsTo('import:reread')).toEqual([{ sessionId, encoding: 'koi8-r' }]);
    expect(within(dialog).getByLabelText('Encoding')).toHaveProperty('value', 'koi8-r');
    await waitFor(() => expect(backend.callsTo('import:preview').length).toBeGreaterThanOrEqual(2));

    const header = within(dialog).getByLabelText('The first row holds column names');
    expect(header).toHaveProperty('checked', false);
    fireEvent.click(header);
    await waitFor(() => expect(backend.callsTo('import:reread').at(-1)).toEqual({ sessionId, header: true }));
    await waitFor(() => expect(within(dialog).getByLabelText('The first row holds column names')).toHaveProperty('checked', true));
  });

  it('a file core cannot read shows its sentence and opens nothing', async () => {
    const backend = new FakeBackend();
    backend.failNext('import:choose', { code: 'rule', message: 'book.xlsx is a spreadsheet workbook (Excel or similar), not a CSV or vCard file.' });
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('book.xlsx is a spreadsheet workbook'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the print view', () => {
  it('prints the chosen columns of the listed contacts', async () => {
    const backend = new FakeBackend();
    backend.seedContacts(2);
    backend.answers.set('export:printRows', () => ({
      total: 2,
      rows: [
        { id: 'a', name: 'Иванова Мария', latinName: 'Mariia Ivanova', organization: 'Дума', title: 'Депутат', city: 'Тула', email: 'm@example.org', phone: '+7 1', tags: 'summit' },
        { id: 'b', name: 'John Smith', latinName: 'John Smith', organization: '', title: '', city: '', email: '', phone: '', tags: '' },
      ],
    }));
    backend.answers.set('export:print', () => ({ printed: true }));
    await renderContacts(backend);
    fireEvent.click(screen.getByRole('button', { name: 'Print…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Print the contact list' });
    await within(dialog).findByText('2 contacts');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'City' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Title' }));
    const view = screen.getByTestId('print-view');
    expect([...view.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Name', 'Organisation', 'City', 'Email', 'Phone']);
    expect(view.textContent).toContain('Тула');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Print…' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Print the contact list' })).toBeNull());
    expect(backend.callsTo('export:print')).toHaveLength(1);
  });
});
