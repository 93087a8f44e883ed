import { placePhrase, importPlace } from '../../shared/import/importPlace';
import { phrase, type Phrase } from '../../shared/i18n/Phrase';
import { unguardCell } from '../export/formulaGuard';
import { fromGoogleLabel, GOOGLE_MY_CONTACTS, GOOGLE_SEPARATOR } from '../export/googleCsvLayout';
import { emptyPortableContact, type PortableContact } from '../export/PortableContact';
import { parseCsvTarget, slotLabel, type CsvTarget, type ItemKind, type ItemPart } from './CsvTarget';
import type { CsvFlavour } from './guessCsvMapping';
import type { ImportedRecord } from './ImportedRecord';
import type { CsvRow } from './parseCsvLines';
import { parseGender } from './parseGender';
import { parsePartialDate } from '../../shared/dates/parsePartialDate';
import { splitFullName } from './splitFullName';
import { sortAdditionalNames } from '../../shared/names/sortAdditionalNames';
import { sortPhoneticNames } from './sortPhoneticNames';

const YES = new Set(['yes', 'y', 'true', '1', 'x', '*', 'да', 'preferred']);
// Google puts every contact in these system groups; they are not the user's tags.
const SYSTEM_LABELS = new Set([GOOGLE_MY_CONTACTS, '* starred', '* friends', '* family', '* coworkers'].map((l) => l.toLowerCase()));

function splitList(cell: string): string[] {
  // Google writes " ::: " between labels, spaces included; a label of its own may hold ":::"
  // ("x:::y" came back as two tags when any ":::" split).
  const parts = cell.includes(GOOGLE_SEPARATOR) ? cell.split(GOOGLE_SEPARATOR) : cell.split(/[;,]/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0 && !SYSTEM_LABELS.has(p.toLowerCase()));
}

interface ItemCells {
  item: ItemKind;
  slot: string;
  parts: Partial<Record<ItemPart, string[]>>;
}

/**
 * Rows of a CSV file as contacts, through a mapping of columns to targets (CsvTarget.ts). The
 * guard apostrophe is stripped from every cell first, so a value exported as '=SUM(A1) comes back
 * as =SUM(A1). Rows with no cell filled are skipped; the header is row 0.
 */
export function csvRecords(rows: CsvRow[], targetKeys: readonly string[], flavour: CsvFlavour): ImportedRecord[] {
  const targets: CsvTarget[] = targetKeys.map((key) => parseCsvTarget(key) ?? { kind: 'ignore' });
  const headers = rows[0]?.cells ?? [];
  const records: ImportedRecord[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    records.push(toRecord(row, targets, flavour, headers));
  }
  return records;
}

function toRecord(row: CsvRow, targets: CsvTarget[], flavour: CsvFlavour, headers: readonly string[]): ImportedRecord {
  const c: PortableContact = emptyPortableContact();
  const problems: Phrase[] = [];
  const remarks: Phrase[] = [];
  const at = importPlace('line', row.line);
  const place = placePhrase(at);
  const items = new Map<string, ItemCells>();
  const notes: string[] = [];
  let fullName = '';
  targets.forEach((target, column) => {
    const raw = unguardCell(row.cells[column] ?? '');
    const cell = raw.trim();
    if (target.kind === 'ignore' || cell === '') return;
    if (target.kind === 'item') {
      const key = `${target.item}:${target.slot}`;
      const entry = items.get(key) ?? { item: target.item, slot: target.slot, parts: {} };
      entry.parts[target.part] = [...(entry.parts[target.part] ?? []), cell];
      items.set(key, entry);
      return;
    }
    switch (target.field) {
      case 'fullName':
        fullName ||= cell;
        break;
      case 'gender':
        c.gender = parseGender(cell);
        break;
      case 'kind':
        c.kind = /^(?:org|organi[sz]ation|company|организация|компания)$/iu.test(cell) ? 'org' : 'person';
        break;
      case 'middleNames':
        // Liaison's own file has a column per middle name; other tools put them all in one cell.
        c.middleNames.push(...(flavour === 'liaison' ? [cell] : cell.split(/\s*,\s*/u).filter(Boolean)));
        break;
      case 'birthday':
        c.birthday ||= parsePartialDate(cell);
        break;
      case 'anniversary':
        c.anniversary ||= parsePartialDate(cell);
        break;
      case 'notes':
        // Notes keep their own spacing; only a cell of nothing but spaces is empty.
        notes.push(raw);
        break;
      case 'noteLine':
        notes.push(`${headers[column]?.trim() || `Column ${column + 1}`}: ${cell}`);
        break;
      case 'tags':
        c.tags.push(...splitList(cell));
        break;
      case 'tag':
        c.tags.push(cell);
        break;
      case 'cities':
        c.cities.push(...splitList(cell));
        break;
      case 'city':
        c.cities.push(cell);
        break;
      case 'partnerships':
        c.partnerships.push(...cell.split(/\s*;\s*/).filter(Boolean));
        break;
      case 'partnership':
        c.partnerships.push(cell);
        break;
      case 'languages':
        c.languages.push(...splitList(cell));
        break;
      case 'language':
        c.languages.push(cell);
        break;
      case 'followUpDays': {
        const days = Number(cell);
        // Not a number of days: kept in the note, and the report says so (recordToContactData).
        if (Number.isInteger(days)) c.followUpDays = days;
        else {
          notes.push(`Follow up every (days): ${cell}`);
          remarks.push(phrase('importRemark.toNote', { at: place, field: phrase('importReject.field.other', { path: 'followUpDays' }), value: cell, why: phrase('importRemark.why.other') }));
        }
        break;
      }
      default:
        if (c[target.field] === '') c[target.field] = cell;
    }
  });
  if (fullName) {
    // A whole name beside its parts is how the card is shown; alone, it is split when it reads as a name.
    if (c.family === '' && c.given === '' && c.patronymic === '' && c.kind === 'person') Object.assign(c, splitFullName(fullName));
    else c.fullName = fullName;
  }
  for (const entry of items.values()) addItem(c, entry, flavour, notes, (label, value) => remarks.push(phrase('importRemark.otherDate', { at: place, label, value })));
  c.notes = notes.join('\n');
  return { at, contact: flavour === 'liaison' ? c : sortNames(c), problems, remarks };
}

/**
 * Another tool's file: its additional names sorted into a Russian patronymic or middle names (a
 * "Middle Name" column may hold either), phonetic names kept apart from Latin forms, and a card that names nothing but an organisation is the
 * organisation's own card, as Google and Outlook show it. Liaison's own file says both outright.
 */
function sortNames(c: PortableContact): PortableContact {
  const sorted = sortPhoneticNames(sortAdditionalNames(c));
  const named = [sorted.family, sorted.given, sorted.patronymic, ...sorted.middleNames, sorted.nickname, sorted.fullName].some((part) => part !== '');
  if (sorted.kind === 'person' && !named && sorted.organization !== '') return { ...sorted, kind: 'org', fullName: sorted.organization };
  return sorted;
}

function addItem(c: PortableContact, entry: ItemCells, flavour: CsvFlavour, notes: string[], moved: (label: string, value: string) => void): void {
  const first = (part: ItemPart) => entry.parts[part]?.[0] ?? '';
  if (entry.item === 'event') {
    addEvent(c, first('label'), first('value'), notes, moved);
    return;
  }
  const labelCell = first('label');
  const fromCell = flavour === 'google' ? fromGoogleLabel(labelCell) : { label: labelCell, preferred: false };
  const label = labelCell ? fromCell.label : slotLabel(entry.slot);
  const preferred = fromCell.preferred || YES.has(first('preferred').toLowerCase());
  if (entry.item === 'address') {
    const street = entry.parts.street?.join('\n') ?? '';
    const parts = { street, city: first('city'), region: first('region'), postcode: first('postcode'), country: first('country') };
    if (Object.values(parts).every((v) => v === '')) parts.street = first('formatted');
    if (Object.values(parts).some((v) => v !== '')) c.addresses.push({ label, preferred, ...parts });
    return;
  }
  // Google puts several values with one label in one cell, separated by " ::: ".
  const values = (entry.parts.value ?? []).flatMap((v) => v.split(/\s*:::\s*/)).filter((v) => v.length > 0);
  const list = entry.item === 'email' ? c.emails : entry.item === 'website' ? c.websites : c.phones;
  values.forEach((value, i) => list.push({ label, value, preferred: preferred && i === 0 }));
}

/** Google's "Event n": an anniversary or birthday by its label; any other event is kept in the note and said. */
function addEvent(c: PortableContact, label: string, value: string, notes: string[], moved: (label: string, value: string) => void): void {
  if (value === '') return;
  const date = parsePartialDate(value);
  const kind = /anniversary|годовщина/iu.test(label) ? 'anniversary' : /birthday|день рождения/iu.test(label) ? 'birthday' : null;
  if (kind && c[kind] === '') {
    c[kind] = date;
    return;
  }
  const name = label || 'Event';
  notes.push(`${name}: ${value}`);
  moved(name, value);
}
